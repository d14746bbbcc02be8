/**
 * Dictated words are data: what a partner says for a note part is kept as said. Alexa strips a
 * sample's carrier words from the slot value ("I tried {text}" heard as "I tried to explain"
 * fills text with "to explain"), so a dictation slot's samples may carry only command filler
 * ("my answer is", "write down"), never words that are part of what the person means.
 *
 * Checked on every build (buildModel throws) and by test/model:
 * - every free-text slot the dialog model elicits: its elicitation samples;
 * - every slot a fragment lists under "dictation" (kept as said): its elicitation samples and
 *   the samples of its intent, which Alexa also matches while the slot is asked for.
 */

/**
 * Words that open what a person means, not a command: first person ("I tried", "I felt",
 * "I noticed", "I want", "I'd say"), "we", the partner, a time or a feeling ("when", "it was").
 * A carrier starting with one of these would cut the start of the person's own sentence.
 */
export const CONTENT_LEADS: readonly string[] = [
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'im',
  'me',
  'myself',
  'we',
  "we're",
  "we'd",
  "we've",
  "we'll",
  'us',
  'our',
  'ours',
  'my partner',
  'my husband',
  'my wife',
  'my boyfriend',
  'my girlfriend',
  'my feelings',
  'he',
  "he's",
  'she',
  "she's",
  'they',
  "they're",
  'you',
  "you're",
  'it',
  "it's",
  'this',
  'that',
  'there',
  'when',
  'because',
  'what i',
  'what we',
  'what happened',
  'what got',
  'what needs',
  'what would',
  'how i',
  'the moment',
  'honestly',
  'really',
  'just',
];

/** The leading content words of a carrier sample, or undefined when it opens with filler. */
export function contentLead(sample: string): string | undefined {
  // As Alexa compares samples: case and hyphens aside.
  const words = sample
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const slotAt = words.findIndex((w) => /^\{\w+\}$/.test(w));
  const carrier = words.slice(0, slotAt < 0 ? words.length : slotAt);
  if (carrier.length === 0) return undefined;
  return CONTENT_LEADS.filter((lead) => {
    const parts = lead.split(' ');
    return parts.length <= carrier.length && parts.every((p, i) => carrier[i] === p);
  }).sort((a, b) => b.length - a.length)[0];
}

interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}
interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}
interface DialogIntent {
  name: string;
  slots?: { name: string; type: string; elicitationRequired?: boolean }[];
}

const FREE_TEXT = 'AMAZON.SearchQuery';

/**
 * Every sample that would cut a dictating partner's words, as "Intent.slot: "sample" (lead)".
 * `dictation` lists the "Intent.slot" pairs whose words are kept as said.
 */
export function carrierProblems(
  intents: ModelIntent[],
  dialogIntents: DialogIntent[],
  dictation: readonly string[],
): string[] {
  const problems: string[] = [];
  const check = (where: string, sample: string) => {
    const lead = contentLead(sample);
    if (lead) problems.push(`${where}: "${sample}" opens with "${lead}", words the person means`);
  };
  const elicited = dialogIntents.flatMap((d) =>
    (d.slots ?? [])
      .filter((s) => s.elicitationRequired && s.type === FREE_TEXT)
      .map((s) => `${d.name}.${s.name}`),
  );
  for (const key of new Set([...elicited, ...dictation])) {
    const [intentName, slotName] = key.split('.');
    const intent = intents.find((i) => i.name === intentName);
    const slot = intent?.slots?.find((s) => s.name === slotName);
    if (!intent || !slot) {
      problems.push(`${key}: listed as dictation, but the model has no such slot`);
      continue;
    }
    for (const sample of slot.samples ?? []) check(`${key} (elicitation)`, sample);
    if (!dictation.includes(key)) continue;
    for (const sample of intent.samples ?? [])
      if (sample.includes(`{${slotName}}`)) check(`${key} (intent sample)`, sample);
  }
  return problems;
}
