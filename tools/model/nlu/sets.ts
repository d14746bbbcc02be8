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
 *
 * `elicited.txt` holds answers to a question the skill asked (Dialog.ElicitSlot), a heading
 * saying which slot was asked: `# NotePartIntent (asked: NotePartIntent.text)`. The ASK format
 * has no way to say what was asked, so these are scored locally only, never written out.
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
  /** The slot the skill had just asked for, when the utterance answers a question. */
  asked?: Asked;
}

export interface Asked {
  intent: string;
  slot: string;
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
  let asked: Asked | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const heading = /^#\s*([A-Za-z.]+)\s*(?:\(asked:\s*(\w+)\.(\w+)\))?\s*$/.exec(line);
    if (heading) {
      intent = heading[1]!;
      asked = heading[2] ? { intent: heading[2], slot: heading[3]! } : undefined;
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
    out.push({
      utterance: utterance!,
      intent,
      slots,
      source: `${file}:${i + 1}`,
      ...(asked ? { asked } : {}),
    });
  });
  return out;
}

/** Every annotation for a locale: the common set, then the locale's own. */
export function annotationsFor(locale: string, dir = SETS_DIR): Annotation[] {
  const files = ['common.txt', `${locale}.txt`].filter((f) => existsSync(join(dir, f)));
  const out = files.flatMap((f) => parseSet(readFileSync(join(dir, f), 'utf8'), f));
  const asked = out.find((a) => a.asked);
  if (asked) throw new Error(`${asked.source}: an answer to a question belongs in elicited.txt`);
  return out;
}

/** Answers to a question the skill asked (the same in every locale's model). */
export function elicitedAnnotations(dir = SETS_DIR): Annotation[] {
  const out = parseSet(readFileSync(join(dir, 'elicited.txt'), 'utf8'), 'elicited.txt');
  const unasked = out.find((a) => !a.asked);
  if (unasked) throw new Error(`${unasked.source}: an elicited answer under a heading without "(asked: …)"`);
  return out;
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
