/**
 * Builds interaction-model/interactionModels/custom/<locale>.json from the fragments in
 * tools/model/fragments (one per feature), so features never edit one shared file and every
 * locale gets the same model. Samples are written as templates (tools/model/grammar.ts) with
 * shared phrase lists under "phrases"; a fragment of plain samples works as it is.
 * `npm run model` writes the files; a test checks they are current.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { carrierProblems } from './dictation';
import { expandAll, type Phrases } from './grammar';

export const ROOT = resolve(__dirname, '../..');
export const FRAGMENTS_DIR = join(__dirname, 'fragments');
export const MODELS_DIR = join(ROOT, 'interaction-model', 'interactionModels', 'custom');
export const INVOCATION_NAME = 'between us';

/** Budgets kept well inside Alexa's limits, so a template cannot quietly explode. */
export const MAX_SAMPLES_PER_INTENT = 1200;
export const MAX_SAMPLE_CHARS = 200;

interface FragmentSlot {
  name: string;
  type: string;
  samples?: string[];
}
export interface Fragment {
  phrases?: Phrases;
  intents?: { name: string; slots?: FragmentSlot[]; samples?: string[] }[];
  types?: { name: string; values: unknown[] }[];
  dialog?: { intents?: unknown[]; delegationStrategy?: string };
  prompts?: { id: string; variations: unknown[] }[];
  /** "Intent.slot" pairs whose words are kept as said (tools/model/dictation.ts); not emitted. */
  dictation?: string[];
}

export function readFragments(): { file: string; fragment: Fragment }[] {
  return readdirSync(FRAGMENTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === 'core.json' ? -1 : b === 'core.json' ? 1 : a.localeCompare(b)))
    .map((file) => ({
      file,
      fragment: JSON.parse(readFileSync(join(FRAGMENTS_DIR, file), 'utf8')) as Fragment,
    }));
}

export function buildModel(
  fragments: Fragment[] = readFragments().map((f) => f.fragment),
): Record<string, unknown> {
  const phrases: Phrases = {};
  for (const f of fragments) {
    for (const [name, body] of Object.entries(f.phrases ?? {})) {
      if (name in phrases && phrases[name] !== body) throw new Error(`phrase @${name} is defined twice`);
      phrases[name] = body;
    }
  }
  const intents = fragments.flatMap((f) => f.intents ?? []).map((intent) => expandIntent(intent, phrases));
  const types = fragments.flatMap((f) => f.types ?? []);
  const dialogIntents = fragments.flatMap((f) => f.dialog?.intents ?? []);
  const prompts = fragments.flatMap((f) => f.prompts ?? []);
  const carriers = carrierProblems(
    intents,
    dialogIntents as Parameters<typeof carrierProblems>[1],
    fragments.flatMap((f) => f.dictation ?? []),
  );
  if (carriers.length) throw new Error(`dictation slots would lose words:\n  ${carriers.join('\n  ')}`);
  const names = intents.map((i) => i.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`intent ${duplicate} is defined in two fragments`);
  const owner = new Map<string, string>();
  for (const intent of intents) {
    for (const sample of intent.samples ?? []) {
      const key = sampleKey(sample);
      const other = owner.get(key);
      if (other && other !== intent.name)
        throw new Error(`"${sample}" expands in both ${other} and ${intent.name}`);
      owner.set(key, intent.name);
    }
  }
  return {
    interactionModel: {
      languageModel: { invocationName: INVOCATION_NAME, intents, types },
      ...(dialogIntents.length
        ? { dialog: { intents: dialogIntents, delegationStrategy: 'SKILL_RESPONSE' } }
        : {}),
      ...(prompts.length ? { prompts } : {}),
    },
  };
}

/** The "Intent.slot" pairs the fragments list as dictation: words kept as the person said them. */
export function dictationSlots(): string[] {
  return readFragments().flatMap((f) => f.fragment.dictation ?? []);
}

/** How Alexa compares samples: case, punctuation and hyphens aside. */
export function sampleKey(sample: string): string {
  return sample
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function expandIntent(
  intent: { name: string; slots?: FragmentSlot[]; samples?: string[] },
  phrases: Phrases,
): { name: string; slots?: FragmentSlot[]; samples?: string[] } {
  const samples = expandAll(intent.samples ?? [], phrases);
  const seen = new Set<string>();
  const unique = samples.filter((s) => !seen.has(sampleKey(s)) && seen.add(sampleKey(s)));
  if (unique.length > MAX_SAMPLES_PER_INTENT)
    throw new Error(`${intent.name} expands to ${unique.length} samples (budget ${MAX_SAMPLES_PER_INTENT})`);
  const long = unique.find((s) => s.length > MAX_SAMPLE_CHARS);
  if (long) throw new Error(`${intent.name}: "${long}" is longer than ${MAX_SAMPLE_CHARS} characters`);
  return {
    ...intent,
    ...(intent.slots
      ? {
          slots: intent.slots.map((slot) =>
            slot.samples ? { ...slot, samples: expandAll(slot.samples, phrases) } : slot,
          ),
        }
      : {}),
    samples: unique,
  };
}

export function renderModel(): string {
  return `${JSON.stringify(buildModel(), null, 2)}\n`;
}

if (require.main === module) {
  const text = renderModel();
  for (const locale of SUPPORTED_LOCALES) writeFileSync(join(MODELS_DIR, `${locale}.json`), text);
  console.log(`Wrote ${SUPPORTED_LOCALES.length} locale models to ${MODELS_DIR}`);
}
