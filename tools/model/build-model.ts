/**
 * Builds interaction-model/interactionModels/custom/<locale>.json from the fragments in
 * tools/model/fragments (one per feature), so features never edit one shared file and every
 * locale gets the same model. `npm run model` writes the files; a test checks they are current.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/speech/locale';

export const ROOT = resolve(__dirname, '../..');
export const FRAGMENTS_DIR = join(__dirname, 'fragments');
export const MODELS_DIR = join(ROOT, 'interaction-model', 'interactionModels', 'custom');
export const INVOCATION_NAME = 'between us';

interface Fragment {
  intents?: { name: string; slots?: unknown[]; samples?: string[] }[];
  types?: { name: string; values: unknown[] }[];
  dialog?: { intents?: unknown[]; delegationStrategy?: string };
  prompts?: { id: string; variations: unknown[] }[];
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

export function buildModel(): Record<string, unknown> {
  const fragments = readFragments().map((f) => f.fragment);
  const intents = fragments.flatMap((f) => f.intents ?? []);
  const types = fragments.flatMap((f) => f.types ?? []);
  const dialogIntents = fragments.flatMap((f) => f.dialog?.intents ?? []);
  const prompts = fragments.flatMap((f) => f.prompts ?? []);
  const names = intents.map((i) => i.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`intent ${duplicate} is defined in two fragments`);
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

export function renderModel(): string {
  return `${JSON.stringify(buildModel(), null, 2)}\n`;
}

if (require.main === module) {
  const text = renderModel();
  for (const locale of SUPPORTED_LOCALES) writeFileSync(join(MODELS_DIR, `${locale}.json`), text);
  console.log(`Wrote ${SUPPORTED_LOCALES.length} locale models to ${MODELS_DIR}`);
}
