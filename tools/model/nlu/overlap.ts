/**
 * Held-out means written apart: an annotation that is also a sample written in a fragment
 * proves nothing. "Written" means a sample line that stands for one or two sentences (a plain
 * sample, or a template with a single optional word); a template that stands for many is a
 * generalization, and an annotation it happens to cover is exactly what the sets measure.
 * Compared after case, punctuation and hyphens, with slots of the model's own custom types
 * filled with the annotation's values (those values are words of the model too); a new value
 * in a built-in or free-text slot ("I felt {text}") is new speech, not a copy.
 */
import { readFragments } from '../build-model';
import { expand, type Phrases } from '../grammar';
import type { Annotation } from './sets';

export const normalizeUtterance = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[-\u2010-\u2015/]/g, ' ')
    .replace(/[^\p{L}\p{N}'{}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A template standing for at most this many sentences counts as written out. */
const WRITTEN_OUT = 2;

interface Written {
  intent: string;
  sample: string;
  norm: string;
  custom: Set<string>;
}

export function writtenSamples(): Written[] {
  const fragments = readFragments().map((f) => f.fragment);
  const phrases: Phrases = Object.assign({}, ...fragments.map((f) => f.phrases ?? {}));
  return fragments.flatMap((f) =>
    (f.intents ?? []).flatMap((intent) => {
      const custom = new Set(
        (intent.slots ?? []).filter((s) => !s.type.startsWith('AMAZON.')).map((s) => s.name),
      );
      return (intent.samples ?? []).flatMap((template) => {
        const sentences = expand(template, phrases);
        return sentences.length <= WRITTEN_OUT
          ? sentences.map((sample) => ({
              intent: intent.name,
              sample,
              norm: normalizeUtterance(sample),
              custom,
            }))
          : [];
      });
    }),
  );
}

/** Annotations that are also a written sample of their own or any intent, with that sample. */
export function overlaps(annotations: Annotation[], written = writtenSamples()) {
  const out: { annotation: Annotation; sample: string; intent: string }[] = [];
  for (const annotation of annotations) {
    const said = normalizeUtterance(annotation.utterance);
    const hit = written.find((s) => {
      const filled = s.norm.replace(/\{(\w+)\}/g, (_, name: string) =>
        s.custom.has(name) && annotation.slots[name] !== undefined
          ? normalizeUtterance(annotation.slots[name]!)
          : `{${name}}`,
      );
      return filled === said;
    });
    if (hit) out.push({ annotation, sample: hit.sample, intent: hit.intent });
  }
  return out;
}

/** How many annotations are word for word among the expanded samples (the rest are reached through slots or fillers). */
export function coveredVerbatim(annotations: Annotation[], samples: string[]): number {
  const set = new Set(samples.map(normalizeUtterance));
  return annotations.filter((a) => set.has(normalizeUtterance(a.utterance))).length;
}
