import { NOTE_KINDS, type NoteKind } from '../note-kinds';

/**
 * The note templates the dictation engine walks through, one part per turn. Part ids are
 * stable data (stored in drafts and records); what each part sounds like lives in speech.
 */
export { NOTE_KINDS };

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

/**
 * How people name a part ("change what I felt"): the NOTE_PART slot type's values and synonyms
 * (tools/model/fragments/notes.json; a test keeps the two the same). Used when a command is
 * heard as the free-text answer itself.
 */
export const PART_NAMES: Record<PartId, readonly string[]> = {
  moment: ['the moment', 'when I noticed', 'the moment I noticed', 'when I noticed the pattern'],
  happened: ['what happened', 'the first part', 'what went on'],
  felt: ['what I felt', 'what I feel', 'my feelings', 'the feeling', 'how I felt', 'feelings'],
  tried: ['what I tried', 'what I did', 'the trying part'],
  stuck: ['where I got stuck', 'where it got stuck', 'the stuck part', 'getting stuck'],
  help: ['what I want help with', 'the help part', 'help next time', 'what I need help with'],
  better: ['what got better', 'better', 'the better part'],
  worse: ['what got worse', 'worse', 'the worse part'],
  attention: ['what needs attention', 'needs attention', 'the attention part'],
  self: ['what I noticed about myself', 'about myself', 'myself'],
  ourpattern: ['what I noticed about our pattern', 'our pattern', 'about our pattern', 'the pattern'],
  support: ['what support would help', 'support', 'the support part'],
};

/** The part a spoken name refers to, within a note's template. */
export function partNamed(words: string): PartId | undefined {
  const wanted = words
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return PART_IDS.find((id) => PART_NAMES[id].some((n) => n.toLowerCase() === wanted));
}
