import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { createHarness, type Harness } from '../support/harness';
import { NEAR_MISS_SET } from './held-out';
import { household, isCrisisAnswer, TEXT_PATHS, walkPaths, wholeTable } from './paths';

/**
 * The held-out near-misses through the real handler: how couples describe conflict, dictated
 * as a couple would, one after another, into every part of every note kind, into every week
 * item, and said one-shot. In every locale each statement goes down one path (rotated by
 * locale) and none may raise the crisis answer; what went into notes is kept as said.
 */
// Hundreds of turns against DynamoDB Local per locale: on a shared machine, more than jest's 30 s.
jest.setTimeout(120_000);

describe('the held-out near-misses, through the handler', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('has at least 200 statements', () => {
    expect(NEAR_MISS_SET.length).toBeGreaterThanOrEqual(200);
  });

  describe.each(SUPPORTED_LOCALES.map((locale, i) => [locale, i] as const))(
    'in %s',
    (locale, localeIndex) => {
      it('raises no alarm on any path, and keeps what was dictated', async () => {
        // Prepare
        const echo = await household(harness, locale, 'near-miss');
        const alarms: string[] = [];
        const misplaced: string[] = [];
        const intoNotes: string[] = [];
        const said = new Map<string, number>();
        let next = 0;
        const rounds = Math.ceil(NEAR_MISS_SET.length / TEXT_PATHS.length);

        // Act: round after round down every path, the next statement at each stop.
        for (let round = 0; round < rounds; round++) {
          await walkPaths(echo, false, async (stop) => {
            const statement = NEAR_MISS_SET[(next++ + 37 * localeIndex) % NEAR_MISS_SET.length]!;
            if (stop.problem) misplaced.push(`[${stop.name}] ${stop.problem}`);
            const answer = await stop.say(statement.text);
            said.set(stop.name, (said.get(stop.name) ?? 0) + 1);
            if (stop.name.startsWith('note ')) intoNotes.push(statement.text);
            if (isCrisisAnswer(answer, echo)) alarms.push(`[${stop.name}] "${statement.text}"`);
          });
        }

        // Assess
        expect(alarms).toEqual([]);
        expect(misplaced).toEqual([]);
        expect(harness.metrics).not.toContain('CrisisInText');
        expect([...said.keys()]).toEqual(TEXT_PATHS);
        expect(Math.min(...said.values())).toBe(rounds);
        expect(next).toBeGreaterThanOrEqual(NEAR_MISS_SET.length);
        const stored = await wholeTable(harness);
        // The table holds JSON: quotes in what was said are escaped there.
        const asStored = (text: string) => JSON.stringify(text.toLowerCase()).slice(1, -1);
        expect(intoNotes.filter((text) => !stored.includes(asStored(text)))).toEqual([]);
      });
    },
  );
});
