import type { NoteKind } from '../week/activity';

/**
 * The note templates the dictation engine walks through, one part per turn. Part ids are
 * stable data (stored in drafts and records); what each part sounds like lives in speech.
 */
export const NOTE_KINDS = [
  'pattern',
  'quick',
  'pretherapy',
  'badweek',
] as const satisfies readonly NoteKind[];

export const PART_IDS = [
  'moment',
  'happened',
  'felt',
  'tried',
  'stuck',
  'help',
  'better',
  'worse',
  'attention',
  'self',
  'ourpattern',
  'support',
] as const;
export type PartId = (typeof PART_IDS)[number];

export const TEMPLATES: Record<NoteKind, readonly PartId[]> = {
  // The between-session template each partner fills in separately.
  pattern: ['moment', 'felt', 'tried', 'stuck', 'help'],
  // In the moment: what happened, what I felt, what I tried.
  quick: ['happened', 'felt', 'tried'],
  // About five minutes before a session.
  pretherapy: ['better', 'worse', 'attention'],
  // After a hard week: three questions for each partner.
  badweek: ['self', 'ourpattern', 'support'],
};

export function partsOf(kind: NoteKind): readonly PartId[] {
  return TEMPLATES[kind];
}

export function isPartId(value: unknown): value is PartId {
  return typeof value === 'string' && (PART_IDS as readonly string[]).includes(value);
}

/** The longest answer kept for one part; longer answers are cut on a word boundary. */
export const MAX_PART_CHARS = 2000;

/** Trims and bounds one dictated answer. */
export function capAnswer(raw: string): { text: string; shortened: boolean } {
  const clean = raw.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_PART_CHARS) return { text: clean, shortened: false };
  let cut = clean.slice(0, MAX_PART_CHARS);
  // Never split an emoji or other surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > MAX_PART_CHARS * 0.8 ? cut.slice(0, lastSpace) : cut).trim(), shortened: true };
}
