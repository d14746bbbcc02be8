/**
 * Held-out means held out: an annotation that is also a sample proves nothing. "Also a sample"
 * is compared after case, punctuation and hyphens, with a sample's slots of the model's own
 * custom types filled with the annotation's values (those values are words of the model too);
 * a new value in a built-in or free-text slot ("I felt {text}") is new speech, not a copy.
 */
import type { Annotation } from './sets';

export const normalizeUtterance = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[-\u2010-\u2015/]/g, ' ')
    .replace(/[^\p{L}\p{N}'{}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

interface ModelLike {
  interactionModel: {
    languageModel: {
      intents: { name: string; samples?: string[]; slots?: { name: string; type: string }[] }[];
    };
  };
}

/** Annotations that are also a sample of their own or any intent, with the sample they copy. */
export function overlaps(annotations: Annotation[], model: ModelLike): { annotation: Annotation; sample: string; intent: string }[] {
  const samples = model.interactionModel.languageModel.intents.flatMap((i) =>
    (i.samples ?? []).map((s) => ({
      intent: i.name,
      sample: s,
      norm: normalizeUtterance(s),
      custom: new Set((i.slots ?? []).filter((x) => !x.type.startsWith('AMAZON.')).map((x) => x.name)),
    })),
  );
  const literal = new Map(samples.filter((s) => !s.norm.includes('{')).map((s) => [s.norm, s]));
  const withSlots = samples.filter((s) => s.norm.includes('{'));
  const out: { annotation: Annotation; sample: string; intent: string }[] = [];
  for (const annotation of annotations) {
    const said = normalizeUtterance(annotation.utterance);
    const hit =
      literal.get(said) ??
      withSlots.find((s) => {
        const filled = s.norm.replace(/\{(\w+)\}/g, (_, name: string) =>
          s.custom.has(name) && annotation.slots[name] !== undefined
            ? normalizeUtterance(annotation.slots[name]!)
            : `{${name}}`,
        );
        return !filled.includes('{') && filled === said;
      });
    if (hit) out.push({ annotation, sample: hit.sample, intent: hit.intent });
  }
  return out;
}
