import { CRISIS_PHRASES } from './crisis-phrases';

/**
 * The crisis gate's phrase scan. Owned by the safety feature; every feature that takes
 * dictated text calls `detectCrisis` on it before storing or speaking anything else.
 * The phrases themselves are data, in crisis-phrases.ts, each with its own tests.
 */
export type CrisisKind = 'self-harm' | 'violence' | 'danger';

export interface CrisisMatch {
  kind: CrisisKind;
  /** Which entry of the phrase list matched (never the text itself). */
  phraseId?: string;
}

/** Contractions as Alexa transcribes them, with and without the apostrophe. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(?:i'm|im)\b/g, 'i am'],
  [/\b(?:i've|ive)\b/g, 'i have'],
  [/\bi'd\b/g, 'i would'],
  [/\bi'll\b/g, 'i will'],
  [/\b(?:can't|cant|cannot)\b/g, 'cannot'],
  [/\b(?:won't)\b/g, 'will not'],
  [/\b(?:don't|dont)\b/g, 'do not'],
  [/\b(?:doesn't|doesnt)\b/g, 'does not'],
  [/\b(?:didn't|didnt)\b/g, 'did not'],
  [/\b(?:isn't|isnt)\b/g, 'is not'],
  [/\b(?:aren't|arent)\b/g, 'are not'],
  [/\b(?:wasn't|wasnt)\b/g, 'was not'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\b(he|she|it|that|there|what|who)'s\b/g, '$1 is'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\b(\w+)n't\b/g, '$1 not'],
];

/**
 * The form the phrase list is written against: lower case, straight apostrophes, contractions
 * expanded, hyphens and punctuation as spaces, single spaces.
 */
export function normalizeForScan(text: string): string {
  let out = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out
    .replace(/(^| )'+|'+(?= |$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectCrisis(text: string | undefined): CrisisMatch | undefined {
  if (!text) return undefined;
  const normalized = normalizeForScan(text);
  if (!normalized) return undefined;
  const found = CRISIS_PHRASES.find((p) => p.pattern.test(normalized));
  return found ? { kind: found.kind, phraseId: found.id } : undefined;
}

/** The first crisis match among several texts (e.g. every slot of a request). */
export function detectCrisisIn(texts: (string | undefined)[]): CrisisMatch | undefined {
  for (const text of texts) {
    const match = detectCrisis(text);
    if (match) return match;
  }
  return undefined;
}
