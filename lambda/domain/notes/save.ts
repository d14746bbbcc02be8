import type { Household, PartnerId } from '../household';
import type { RecordDraft } from '../records';
import { recordActivity } from '../week/activity';
import { noteRef } from './ref';
import type { NoteRecord } from './record';
import { withDraft, withRecent, withTemplate, type Draft } from './slice';
import { partsOf } from './templates';

/** The record a draft becomes. `createdAt` is the draft's finishedAt, so a retry writes the same key. */
export function recordOf(draft: Draft, author: PartnerId, weekStart: string): NoteRecord {
  const createdAt = draft.finishedAt ?? draft.startedAt;
  return {
    id: draft.noteId,
    kind: draft.kind,
    author,
    weekStart,
    createdAt,
    parts: partsOf(draft.kind)
      .filter((p) => draft.answers[p] !== undefined && draft.answers[p] !== '')
      .map((p) => ({ part: p, text: draft.answers[p]! })),
    skipped: draft.skipped,
    complete: partsOf(draft.kind).every((p) => draft.answers[p] !== undefined),
    shared: false,
  };
}

/**
 * Saving a note: the record, and in the same transaction the household without the draft,
 * with the author's pointer to it, the week's activity, and the mutual-reveal state.
 * Pure; re-applied by turn.update when the other Echo wrote first.
 */
export function saveNote(
  household: Household,
  author: PartnerId,
  draft: Draft,
  weekStart: string,
): { household: Household; records: RecordDraft[]; record: NoteRecord; sk: string } {
  const record = recordOf(draft, author, weekStart);
  const sk = noteRef(weekStart, record.createdAt, record.id);
  let notes = withDraft(household.notes, author, undefined);
  notes = withRecent(notes, author, sk);
  if (record.kind === 'pattern' && record.complete) notes = withTemplate(notes, author, weekStart, sk);
  const updated = recordActivity({ ...household, notes }, weekStart, {
    kind: 'note-saved',
    noteKind: record.kind,
    author,
    shared: false,
    noteSk: sk,
  });
  const put: RecordDraft = { kind: 'NOTE', ref: sk, data: record, writtenAt: record.createdAt };
  return { household: updated, records: [put], record, sk };
}
