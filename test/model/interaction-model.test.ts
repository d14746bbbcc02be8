import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/speech/locale';
import { MODELS_DIR, renderModel, ROOT } from '../../tools/model/build-model';
import { createHarness, setUpHousehold } from '../support/harness';

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string; samples?: string[] }[];
  samples?: string[];
}
interface Model {
  interactionModel: {
    languageModel: { invocationName: string; intents: ModelIntent[]; types?: { name: string }[] };
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
});
