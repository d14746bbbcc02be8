import { compileGrammar, type CompiledRule } from './crisis-compile';
import { CRISIS_GRAMMAR } from './crisis-grammar';
import { CRISIS_CATEGORIES, type CrisisMatch } from './crisis-kinds';

export type { CrisisCategory, CrisisKind, CrisisMatch } from './crisis-kinds';

/**
 * The crisis gate's scan. The safety gate (handlers/safety/gate.ts) calls `detectCrisis` on
 * every text a request carries before any feature sees it; the shapes it looks for are data,
 * in crisis-grammar.ts, over the words of crisis-lexicon.ts.
 */

/** Contractions as Alexa transcribes them, with and without the apostrophe. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(?:i'm|im)\b/g, 'i am'],
  [/\b(?:i've|ive)\b/g, 'i have'],
  [/\bi'd\b/g, 'i would'],
  [/\bi'll\b/g, 'i will'],
  [/\b(?:can't|cant|cannot)\b/g, 'cannot'],
  [/\b(?:won't|wont)\b/g, 'will not'],
  [/\b(?:don't|dont)\b/g, 'do not'],
  [/\b(?:doesn't|doesnt)\b/g, 'does not'],
  [/\b(?:didn't|didnt)\b/g, 'did not'],
  [/\b(?:isn't|isnt)\b/g, 'is not'],
  [/\b(?:aren't|arent)\b/g, 'are not'],
  [/\b(?:wasn't|wasnt)\b/g, 'was not'],
  [/\b(?:wouldn't|wouldnt)\b/g, 'would not'],
  [/\b(?:couldn't|couldnt)\b/g, 'could not'],
  [/\b(?:shouldn't|shouldnt)\b/g, 'should not'],
  [/\b(?:hasn't|hasnt)\b/g, 'has not'],
  [/\b(?:haven't|havent)\b/g, 'have not'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\b(he|she|it|that|there|what|who)'s\b/g, '$1 is'],
  [/\b(?:hes)\b/g, 'he is'],
  [/\b(?:shes)\b/g, 'she is'],
  [/\b(?:theyre)\b/g, 'they are'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\b(\w+)n't\b/g, '$1 not'],
  // Spoken spellings: "fiancé", "ex-husband", "in-laws" arrive with accents and hyphens.
  [/\bmum's\b/g, 'mum is'],
];

/**
 * The form the grammar is written against: lower case, accents dropped, straight apostrophes,
 * contractions expanded, hyphens and punctuation as spaces, single spaces.
 */
export function normalizeForScan(text: string): string {
  let out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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

/**
 * The grammar, prepared on first use and kept for the life of the container: each rule's keys
 * are read then; its expressions compile later, each on the first text that holds its keys.
 */
let compiled: CompiledRule[] | undefined;
let prepareMs: number | undefined;

function grammar(): CompiledRule[] {
  if (!compiled) {
    const started = performance.now();
    compiled = compileGrammar(CRISIS_GRAMMAR);
    prepareMs = performance.now() - started;
  }
  return compiled;
}

/** The one-time cost of preparing the grammar in this container, in ms (after the first scan). */
export function grammarCompileMs(): number | undefined {
  return prepareMs;
}

/** How much of the grammar this container has compiled so far, and what that cost (ms). */
export function grammarStats(): { parts: number; compiled: number; compileMs: number } {
  const total = { parts: 0, compiled: 0, compileMs: 0 };
  for (const { stats } of grammar()) {
    total.parts += stats.parts;
    total.compiled += stats.compiled;
    total.compileMs += stats.compileMs;
  }
  return total;
}

/** The first rule whose shape the (already normalized) text has. */
export function scanNormalized(normalized: string): CrisisMatch | undefined {
  if (!normalized) return undefined;
  for (const { rule, test } of grammar()) {
    if (test(normalized)) {
      return { kind: CRISIS_CATEGORIES[rule.category], category: rule.category, rule: rule.id };
    }
  }
  return undefined;
}

export function detectCrisis(text: string | undefined): CrisisMatch | undefined {
  if (!text) return undefined;
  return scanNormalized(normalizeForScan(text));
}

/** The first crisis match among several texts (e.g. every slot of a request). */
export function detectCrisisIn(texts: readonly (string | undefined)[]): CrisisMatch | undefined {
  for (const text of texts) {
    const match = detectCrisis(text);
    if (match) return match;
  }
  return undefined;
}
