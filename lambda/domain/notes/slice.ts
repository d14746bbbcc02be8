import * as z from 'zod/mini';
import { noteKindSchema } from '../note-kinds';
import type { PartnerId } from '../partner-id';
import { MAX_PART_CHARS, PART_IDS, partsOf, type PartId } from './templates';

/** The notes feature's part of the household item. Owned by the notes feature. */

export { noteKindSchema };
const partIdSchema = z.enum(PART_IDS);

/** A note being dictated: written after every answered part, so nothing said is lost. */
export const draftSchema = z.object({
  noteId: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: noteKindSchema,
  /** Answers so far, by part id. */
  answers: z._default(z.partialRecord(partIdSchema, z.string().check(z.maxLength(MAX_PART_CHARS))), {}),
  /** Parts the person chose to skip. */
  skipped: z._default(z.array(partIdSchema).check(z.maxLength(PART_IDS.length)), []),
  /** Index (in the template) of the part being asked. */
  current: z._default(z.int().check(z.gte(0), z.lte(PART_IDS.length)), 0),
  startedAt: z.string(),
  /** Set once when the note is being saved, so a retried save writes the same record. */
  finishedAt: z.optional(z.string()),
});
export type Draft = z.infer<typeof draftSchema>;

const perPartner = <T extends z.ZodMiniType>(schema: T) =>
  z.prefault(z.object({ p1: z.optional(schema), p2: z.optional(schema) }), {});

/** The latest note sort keys of one partner, newest first (for "read/share/delete my last note"). */
const RECENT_KEPT = 10;

export const revealSchema = z.object({
  weekStart: z.string(),
  /** Each partner's latest completed pattern template of that week. */
  notes: perPartner(z.string()),
  status: z._default(z.enum(['pending', 'declined', 'done']), 'pending'),
});
export type RevealState = z.infer<typeof revealSchema>;

export const notesSliceSchema = z.looseObject({
  drafts: perPartner(draftSchema),
  /**
   * Notes put aside when another kind was started mid-way ("quick note" during a pattern note):
   * at most one per kind, picked up again by starting that kind or by "finish my note".
   */
  parked: perPartner(z.partialRecord(noteKindSchema, draftSchema)),
  recent: perPartner(z.array(z.string()).check(z.maxLength(RECENT_KEPT))),
  reveal: z.optional(revealSchema),
});
export type NotesSlice = z.infer<typeof notesSliceSchema>;

export function answeredCount(draft: Draft): number {
  return Object.values(draft.answers).filter((a) => a !== undefined && a !== '').length;
}

/** The first part that has neither an answer nor a skip, or undefined when none is left. */
export function firstMissing(draft: Draft): number | undefined {
  const parts = partsOf(draft.kind);
  const index = parts.findIndex((p) => draft.answers[p] === undefined && !draft.skipped.includes(p));
  return index === -1 ? undefined : index;
}

export function currentPart(draft: Draft): PartId | undefined {
  return partsOf(draft.kind)[draft.current];
}

export function newDraft(kind: Draft['kind'], noteId: string, now: Date): Draft {
  return { noteId, kind, answers: {}, skipped: [], current: 0, startedAt: now.toISOString() };
}

/** Records the answer to the current part and moves to the first part still missing. */
export function answer(draft: Draft, text: string): Draft {
  const part = currentPart(draft);
  if (!part) return draft;
  const next: Draft = {
    ...draft,
    answers: { ...draft.answers, [part]: text },
    skipped: draft.skipped.filter((p) => p !== part),
  };
  return { ...next, current: firstMissing(next) ?? partsOf(draft.kind).length };
}

/** Skips the current part (an answer given earlier is kept) and moves on. */
export function skip(draft: Draft): Draft {
  const part = currentPart(draft);
  if (!part) return draft;
  const next: Draft =
    draft.answers[part] === undefined ? { ...draft, skipped: [...draft.skipped, part] } : draft;
  const after = partsOf(draft.kind).findIndex(
    (p, i) => i > draft.current && next.answers[p] === undefined && !next.skipped.includes(p),
  );
  return { ...next, current: after === -1 ? (firstMissing(next) ?? partsOf(draft.kind).length) : after };
}

/** Goes to a given part (to answer it again). */
export function goTo(draft: Draft, index: number): Draft {
  const last = partsOf(draft.kind).length - 1;
  return { ...draft, current: Math.max(0, Math.min(last, index)) };
}

export function isFinished(draft: Draft): boolean {
  return draft.current >= partsOf(draft.kind).length;
}

export function withDraft(slice: NotesSlice, partner: PartnerId, draft: Draft | undefined): NotesSlice {
  const drafts = { ...slice.drafts };
  if (draft) drafts[partner] = draft;
  else delete drafts[partner];
  return { ...slice, drafts };
}

export function lastNoteSk(slice: NotesSlice, partner: PartnerId): string | undefined {
  return slice.recent[partner]?.[0];
}

export function withRecent(slice: NotesSlice, partner: PartnerId, sk: string): NotesSlice {
  const list = [sk, ...(slice.recent[partner] ?? []).filter((s) => s !== sk)].slice(0, RECENT_KEPT);
  return { ...slice, recent: { ...slice.recent, [partner]: list } };
}

export function withoutRecent(slice: NotesSlice, partner: PartnerId, sk: string): NotesSlice {
  const list = (slice.recent[partner] ?? []).filter((s) => s !== sk);
  return { ...slice, recent: { ...slice.recent, [partner]: list } };
}

/** Notes a completed pattern template for the mutual reveal of its week. */
export function withTemplate(
  slice: NotesSlice,
  partner: PartnerId,
  weekStart: string,
  sk: string,
): NotesSlice {
  const base: RevealState =
    slice.reveal && slice.reveal.weekStart === weekStart
      ? slice.reveal
      : { weekStart, notes: {}, status: 'pending' };
  return { ...slice, reveal: { ...base, notes: { ...base.notes, [partner]: sk } } };
}

/** Forgets a deleted note in the reveal state. */
export function withoutTemplate(slice: NotesSlice, partner: PartnerId, sk: string): NotesSlice {
  if (!slice.reveal || slice.reveal.notes[partner] !== sk) return slice;
  const notes = { ...slice.reveal.notes };
  delete notes[partner];
  return { ...slice, reveal: { ...slice.reveal, notes } };
}

/** True when both partners completed this week's template and have not heard them together yet. */
export function revealReady(slice: NotesSlice, weekStart: string, includeDeclined = false): boolean {
  const r = slice.reveal;
  return (
    r !== undefined &&
    r.weekStart === weekStart &&
    r.notes.p1 !== undefined &&
    r.notes.p2 !== undefined &&
    (r.status === 'pending' || (includeDeclined && r.status === 'declined'))
  );
}

/** Merges a draft held in the session over the stored one of the same note (answers only grow). */
export function mergeDrafts(stored: Draft | undefined, incoming: Draft): Draft {
  if (!stored || stored.noteId !== incoming.noteId) return incoming;
  const answers = { ...stored.answers, ...incoming.answers };
  const skipped = [...new Set([...stored.skipped, ...incoming.skipped])].filter(
    (p) => answers[p] === undefined,
  );
  return { ...incoming, answers, skipped, finishedAt: incoming.finishedAt ?? stored.finishedAt };
}

/** The answered parts of a draft, in template order (what "read it back" reads). */
export function entriesOf(draft: Draft): { part: PartId; text: string }[] {
  return partsOf(draft.kind)
    .filter((p) => draft.answers[p] !== undefined && draft.answers[p] !== '')
    .map((p) => ({ part: p, text: draft.answers[p]! }));
}
