import * as z from 'zod/mini';
import { noteKindSchema, type NoteKind } from '../note-kinds';
import { partnerIdSchema, type PartnerId } from '../partner-id';

/**
 * The shapes of the contract by which the check-in and note features tell the week what happened.
 * The week feature owns how it is kept (in the week slice) and how it is spoken (as "we").
 */

export type Activity =
  | { kind: 'checkin-completed'; minutes: number }
  | { kind: 'checkin-unfinished' }
  /** A time-out ended; the household's, never a partner's. */
  | { kind: 'timeout-closed'; cameBack: boolean }
  | { kind: 'note-saved'; noteKind: NoteKind; author: PartnerId; shared: boolean; noteSk: string }
  | { kind: 'note-shared'; noteSk: string; author: PartnerId }
  | { kind: 'note-deleted'; noteSk: string; author: PartnerId };

export const noteRefSchema = z.object({
  sk: z.string(),
  noteKind: noteKindSchema,
  author: partnerIdSchema,
  shared: z.boolean(),
});
export type NoteRef = z.infer<typeof noteRefSchema>;

export const weekActivitySchema = z.object({
  weekStart: z.string(),
  checkinsCompleted: z._default(z.int().check(z.nonnegative()), 0),
  checkinMinutes: z._default(z.int().check(z.nonnegative()), 0),
  checkinsUnfinished: z._default(z.int().check(z.nonnegative()), 0),
  /** Time-outs taken, and how many of them the couple came back to talk after. No names. */
  timeouts: z._default(z.int().check(z.nonnegative()), 0),
  timeoutsCameBack: z._default(z.int().check(z.nonnegative()), 0),
  /** This week's notes, by reference only (bounded: the notes themselves are records). */
  notes: z._default(z.array(noteRefSchema).check(z.maxLength(200)), []),
});
export type WeekActivity = z.infer<typeof weekActivitySchema>;

export type { NoteKind };
