import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT, readFragments } from '../../tools/model/build-model';

/**
 * The time-out's held-out phrasings (test/nlu/pending/timeout.json), written apart from the
 * samples, for the lead to fold into the annotation sets: well formed, at least fifteen per
 * intent of the fragment, naming only slots the intent has, and never a copy of any sample.
 */
const rowSchema = z.object({
  utterance: z.string().min(2),
  intent: z.string(),
  slots: z.record(z.string(), z.string()),
});
const rows = z
  .array(rowSchema)
  .parse(JSON.parse(readFileSync(join(ROOT, 'test/nlu/pending/timeout.json'), 'utf8')));
const fragments = readFragments();
const timeout = fragments.find((f) => f.file === 'timeout.json')!.fragment;
const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the time-out held-out set', () => {
  it('has at least fifteen phrasings for every time-out intent', () => {
    for (const intent of timeout.intents ?? []) {
      const count = rows.filter((r) => r.intent === intent.name).length;
      expect(`${intent.name}: ${count >= 15 ? 'enough' : count}`).toBe(`${intent.name}: enough`);
    }
  });

  it('names only the intents and slots of the fragment', () => {
    const slotsOf = new Map(
      (timeout.intents ?? []).map((i) => [
        i.name,
        new Set((i.slots ?? []).map((s) => (s as { name: string }).name)),
      ]),
    );
    for (const row of rows) {
      expect(slotsOf.has(row.intent)).toBe(true);
      for (const name of Object.keys(row.slots))
        expect([row.utterance, slotsOf.get(row.intent)!.has(name)]).toEqual([row.utterance, true]);
    }
  });

  it('copies no sample of any intent, and no phrasing twice', () => {
    const samples = new Set(
      fragments.flatMap((f) => (f.fragment.intents ?? []).flatMap((i) => i.samples ?? [])).map(normalize),
    );
    const utterances = rows.map((r) => normalize(r.utterance));

    expect(utterances.filter((u) => samples.has(u))).toEqual([]);
    expect(utterances.filter((u, i) => utterances.indexOf(u) !== i)).toEqual([]);
  });
});
