import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import {
  MAX_SAMPLE_CHARS,
  MAX_SAMPLES_PER_INTENT,
  MODELS_DIR,
  renderModel,
  ROOT,
  sampleKey,
} from '../../tools/model/build-model';
import { ELICITED_NAME_SLOTS } from '../../lambda/handlers/core/name-elicitation';
import { createHarness, setUpHousehold } from '../support/harness';

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string; samples?: string[] }[];
  samples?: string[];
}
interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  prompts?: { elicitation?: string };
}
interface Model {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types?: { name: string }[] };
    dialog?: { intents: { name: string; slots?: DialogSlot[] }[] };
    prompts?: { id: string }[];
  };
}

const REQUIRED_BUILT_INS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
];

function readModel(locale: string): Model {
  return JSON.parse(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')) as Model;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Intent names the handlers match on: every string literal inside an isIntent(...) call. */
function handledIntents(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'lambda'))) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/isIntent\(([^)]*)\)/g)) {
      for (const literal of call[1]!.matchAll(/'([A-Za-z.]+)'/g)) names.add(literal[1]!);
    }
  }
  return names;
}

const normalize = (sample: string) => sample.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the interaction model', () => {
  const model = readModel('en-US');
  const intents = model.interactionModel.languageModel.intents;

  it('is generated from the fragments and up to date in every locale (run `npm run model`)', () => {
    const expected = renderModel();
    for (const locale of SUPPORTED_LOCALES) {
      expect(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')).toBe(expected);
    }
  });

  it('every locale file parses, uses the invocation name "between us" and agrees with en-US', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const other = readModel(locale);
      expect(other.interactionModel.languageModel.invocationName).toBe('between us');
      expect(other.interactionModel.languageModel.intents.map((i) => i.name)).toEqual(
        intents.map((i) => i.name),
      );
    }
  });

  it('has the required built-in intents', () => {
    const names = intents.map((i) => i.name);
    for (const builtIn of REQUIRED_BUILT_INS) expect(names).toContain(builtIn);
  });

  it('has a handler for every intent: none of them reaches the catch-all', async () => {
    // Prepare: a set-up household, so no handler turns the request away for lack of names.
    const harness = await createHarness();
    try {
      const device = await setUpHousehold(harness);
      const unhandled: string[] = [];

      // Act: each intent in the model, as a one-shot in a fresh session.
      for (const intent of intents) {
        const before = harness.metrics.filter((m) => m === 'UnhandledIntent').length;
        device.close();
        await device.intent(intent.name);
        if (harness.metrics.filter((m) => m === 'UnhandledIntent').length > before)
          unhandled.push(intent.name);
      }

      // Assess
      expect(unhandled).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('names no intent in a handler that the model lacks', () => {
    const inModel = new Set(intents.map((i) => i.name));
    expect([...handledIntents()].filter((n) => !inModel.has(n))).toEqual([]);
  });

  it('never uses one sample utterance in two intents', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        const key = normalize(sample);
        const previous = owner.get(key);
        if (previous && previous !== intent.name)
          clashes.push(`"${sample}" in ${previous} and ${intent.name}`);
        owner.set(key, intent.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('defines every custom slot type it uses, and every slot a sample names', () => {
    const defined = new Set((model.interactionModel.languageModel.types ?? []).map((t) => t.name));
    for (const intent of intents) {
      const slotNames = new Set((intent.slots ?? []).map((s) => s.name));
      for (const s of intent.slots ?? []) {
        if (!s.type.startsWith('AMAZON.')) expect(defined).toContain(s.type);
      }
      for (const sample of [
        ...(intent.samples ?? []),
        ...(intent.slots ?? []).flatMap((s) => s.samples ?? []),
      ]) {
        for (const used of sample.matchAll(/\{(\w+)\}/g)) {
          if (!slotNames.has(used[1]!))
            throw new Error(`${intent.name}: sample "${sample}" names unknown slot ${used[1]}`);
        }
      }
    }
  });

  it('has no duplicate sample within an intent (case, punctuation and hyphens aside)', () => {
    const duplicates = intents.flatMap((intent) => {
      const keys = (intent.samples ?? []).map(sampleKey);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${intent.name}: "${k}"`);
    });
    expect(duplicates).toEqual([]);
  });

  it('keeps every sample speakable and inside the budgets: words, apostrophes, periods and hyphens only, no digits', () => {
    const bad: string[] = [];
    for (const intent of intents) {
      const samples = intent.samples ?? [];
      if (samples.length > MAX_SAMPLES_PER_INTENT) bad.push(`${intent.name}: ${samples.length} samples`);
      for (const sample of [...samples, ...(intent.slots ?? []).flatMap((s) => s.samples ?? [])]) {
        const words = sample.replace(/\{[A-Za-z_]+\}/g, '');
        if (
          sample.length > MAX_SAMPLE_CHARS ||
          !/^[\p{L}' .-]*$/u.test(words) ||
          /\s{2}|^\s|\s$/.test(sample)
        )
          bad.push(`${intent.name}: "${sample}"`);
      }
    }
    expect(bad).toEqual([]);
    // One file per locale, the same text in each: kept well under the interaction model's size limit.
    expect(readFileSync(join(MODELS_DIR, 'en-US.json')).length).toBeLessThan(1_500_000);
  });

  it('uses valid slot names, at most one AMAZON.SearchQuery per intent, always behind a carrier phrase and alone', () => {
    const bad: string[] = [];
    for (const intent of intents) {
      const slots = intent.slots ?? [];
      for (const slot of slots)
        if (!/^[A-Za-z][A-Za-z_]*$/.test(slot.name)) bad.push(`${intent.name}.${slot.name}`);
      const phrase = slots.filter((s) => s.type === 'AMAZON.SearchQuery').map((s) => s.name);
      if (phrase.length > 1) bad.push(`${intent.name}: ${phrase.length} SearchQuery slots`);
      for (const sample of intent.samples ?? []) {
        const used = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        if (
          used.some((u) => phrase.includes(u)) &&
          (used.length > 1 || sample.replace(/\{\w+\}/g, '').trim() === '')
        )
          bad.push(`${intent.name}: "${sample}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no slot-only sample outside dialog slot elicitation: a bare name is only a name when one was asked for', () => {
    // Words that carry no meaning of their own do not make a carrier phrase ("{a} and {b}").
    const glue = new Set(['and', 'or', 'the', 'a', 'an', 'then']);
    const slotOnly = intents.flatMap((intent) =>
      (intent.samples ?? [])
        .filter((sample) => /\{\w+\}/.test(sample))
        .filter((sample) =>
          sample
            .replace(/\{\w+\}/g, ' ')
            .split(/\s+/)
            .filter(Boolean)
            .every((w) => glue.has(w.toLowerCase())),
        )
        .map((sample) => `${intent.name}: "${sample}"`),
    );
    expect(slotOnly).toEqual([]);
    // The bare answers live with the slots, for elicitation only.
    const names = intents
      .find((i) => i.name === 'IdentifySpeakerIntent')!
      .slots!.find((s) => s.name === 'name')!;
    expect(names.samples).toContain('{name}');
  });

  it('has a dialog model entry with a prompt for every slot the skill elicits', () => {
    const dialog = model.interactionModel.dialog?.intents ?? [];
    const prompts = new Set((model.interactionModel.prompts ?? []).map((p) => p.id));
    const elicited = [...Object.values(ELICITED_NAME_SLOTS), { intent: 'NotePartIntent', slot: 'text' }];
    for (const { intent, slot } of elicited) {
      const entry = dialog.find((d) => d.name === intent)?.slots?.find((s) => s.name === slot);
      expect(entry?.elicitationRequired).toBe(true);
      expect(prompts.has(entry?.prompts?.elicitation ?? '')).toBe(true);
      const modelSlot = intents.find((i) => i.name === intent)?.slots?.find((s) => s.name === slot);
      expect(modelSlot?.samples?.length ?? 0).toBeGreaterThan(0);
    }
  });
});
