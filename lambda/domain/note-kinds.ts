import * as z from 'zod/mini';

/**
 * The kinds of note a partner can dictate: the one list, a leaf every layer may import
 * (templates, drafts, records, the week's activity and recap, what each kind is called).
 */
export const NOTE_KINDS = ['pattern', 'quick', 'pretherapy', 'badweek'] as const;
export const noteKindSchema = z.enum(NOTE_KINDS);
export type NoteKind = (typeof NOTE_KINDS)[number];
