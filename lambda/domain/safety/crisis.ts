/**
 * The crisis gate's phrase scan. Owned by the safety feature; every feature that takes
 * dictated text calls `detectCrisis` on it before storing or speaking anything else.
 */
export type CrisisKind = 'self-harm' | 'violence' | 'danger';

export interface CrisisMatch {
  kind: CrisisKind;
}

/** Initial phrases; the safety feature keeps the maintained list as data with tests per entry. */
const PHRASES: { pattern: RegExp; kind: CrisisKind }[] = [
  { pattern: /\b(kill|hurt|harm)(ing)? myself\b/i, kind: 'self-harm' },
  { pattern: /\b(want|going) to die\b/i, kind: 'self-harm' },
  { pattern: /\bsuicid(e|al)\b/i, kind: 'self-harm' },
  { pattern: /\b(he|she|they) (hit|hits|beat|beats|choked|chokes) me\b/i, kind: 'violence' },
  { pattern: /\b(i'?m|i am) (not safe|scared of (my partner|him|her))\b/i, kind: 'danger' },
];

export function detectCrisis(text: string | undefined): CrisisMatch | undefined {
  if (!text) return undefined;
  const found = PHRASES.find((p) => p.pattern.test(text));
  return found ? { kind: found.kind } : undefined;
}
