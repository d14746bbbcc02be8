/**
 * The held-out annotation sets: written by hand in a compact form (test/nlu/sets/*.txt), one
 * line per utterance under a "# IntentName" heading, expected slots after a bar:
 *
 *   # StartCheckinIntent
 *   could we do a ten minute check in | minutes=10
 *
 * `common.txt` holds what every locale says; `<locale>.txt` adds that locale's own words.
 * `npm run nlu -- --write` turns them into the ASK NLU annotation-set format
 * (test/nlu/annotations/<locale>.json), the file the ASK CLI uploads for an NLU evaluation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NLU_DIR = resolve(__dirname, '../../../test/nlu');
export const SETS_DIR = join(NLU_DIR, 'sets');
export const ANNOTATIONS_DIR = join(NLU_DIR, 'annotations');

export interface Annotation {
  utterance: string;
  intent: string;
  slots: Record<string, string>;
  /** Where it was written, for error messages: "common.txt:12". */
  source: string;
}

/** The ASK NLU annotation-set format (the body of update-nlu-annotation-set-annotations). */
export interface AnnotationSetFile {
  data: {
    inputs: { utterance: string; referenceTimestamp?: string };
    expected: { intent: { name: string; slots?: Record<string, { value: string }> } }[];
  }[];
}

export function parseSet(text: string, file: string): Annotation[] {
  const out: Annotation[] = [];
  let intent: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const heading = /^#\s*([A-Za-z.]+)\s*$/.exec(line);
    if (heading) {
      intent = heading[1]!;
      return;
    }
    if (!intent) throw new Error(`${file}:${i + 1}: an utterance before any "# IntentName"`);
    const [utterance, slotText] = line.split('|').map((s) => s.trim());
    const slots: Record<string, string> = {};
    for (const pair of (slotText ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq < 1) throw new Error(`${file}:${i + 1}: slot "${pair}" is not name=value`);
      slots[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
    out.push({ utterance: utterance!, intent, slots, source: `${file}:${i + 1}` });
  });
  return out;
}

/** Every annotation for a locale: the common set, then the locale's own. */
export function annotationsFor(locale: string, dir = SETS_DIR): Annotation[] {
  const files = ['common.txt', `${locale}.txt`].filter((f) => existsSync(join(dir, f)));
  return files.flatMap((f) => parseSet(readFileSync(join(dir, f), 'utf8'), f));
}

export function toAnnotationSet(annotations: Annotation[]): AnnotationSetFile {
  return {
    data: annotations.map((a) => ({
      inputs: { utterance: a.utterance },
      expected: [
        {
          intent: {
            name: a.intent,
            ...(Object.keys(a.slots).length
              ? {
                  slots: Object.fromEntries(Object.entries(a.slots).map(([k, v]) => [k, { value: v }])),
                }
              : {}),
          },
        },
      ],
    })),
  };
}

export function renderAnnotationSet(locale: string): string {
  return `${JSON.stringify(toAnnotationSet(annotationsFor(locale)), null, 2)}\n`;
}
