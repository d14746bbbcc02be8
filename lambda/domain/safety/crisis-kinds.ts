/**
 * What the crisis gate can recognize, and which resources each calls for. `CrisisKind` picks
 * the order of the numbers (resources.ts); `CrisisCategory` says what was recognized, for
 * tests and metrics (never the words themselves).
 */
export type CrisisKind = 'self-harm' | 'violence' | 'danger';

export const CRISIS_CATEGORIES = {
  // Someone is hurting the speaker or their children: the abuse line comes first.
  violence: 'violence',
  threat: 'violence',
  weapon: 'violence',
  confinement: 'violence',
  'sexual-violence': 'violence',
  strangulation: 'violence',
  'harm-to-children': 'violence',
  // The speaker may hurt themselves: the crisis line comes first.
  'self-harm': 'self-harm',
  suicide: 'self-harm',
  overdose: 'self-harm',
  // The speaker may hurt someone, or danger is near and of no known kind: both lines.
  'harm-to-others': 'danger',
  'immediate-danger': 'danger',
} as const satisfies Record<string, CrisisKind>;

export type CrisisCategory = keyof typeof CRISIS_CATEGORIES;

export interface CrisisMatch {
  kind: CrisisKind;
  /** What the grammar recognized; absent when someone asked for the numbers outright. */
  category?: CrisisCategory;
  /** Which grammar rule matched (never the text itself). */
  rule?: string;
}

/** One shape of the grammar (crisis-grammar.ts explains how to write one). */
export interface CrisisRule {
  id: string;
  category: CrisisCategory;
  shape: string;
  /** What may not follow the shape (the idioms that share its words), as a regex over words. */
  except?: string;
  /** What may not come just before the shape ("not", "would never"), as a regex over words. */
  notAfter?: string;
}
