import type { Response } from 'ask-sdk-model';
import type { PartnerId } from '../../domain/household';
import { newId } from '../../domain/ids';
import type { NoteKind } from '../../domain/note-kinds';
import { resumeLatest, switchTo } from '../../domain/notes/parked';
import {
  answeredCount,
  firstMissing,
  mergeDrafts,
  newDraft,
  withDraft,
  type Draft,
  type NotesSlice,
} from '../../domain/notes/slice';
import { partsOf } from '../../domain/notes/templates';
import type { Turn } from '../../turn';
import { askSetupFirst } from '../flow';
import { askPart, finishNote, flushHeld, type Prefix } from './engine';
import { heldOf, isStorageFault, releaseHeld, whatNext } from './session';

/** Starting a note, putting the open one aside for it, and picking a note up where it was left. */

/**
 * Starting a note of a kind for a partner (or picking up the one they already have). An open
 * note of another kind is put aside whole, with any part held in the session, in this turn's one
 * write, and a note of this kind put aside earlier is picked up: nothing they said is lost, and
 * the next thing they say is the new note's answer (no question in between to be missed).
 */
export async function beginNote(
  turn: Turn,
  partner: PartnerId,
  kind: NoteKind,
  prefix: Prefix = [],
  skipIntro = false,
): Promise<Response> {
  const { notes } = turn.t;
  // A whole note whose save failed is saved first: it must not be put aside as a draft.
  const finishedHeld = heldOf(turn)?.draft.finishedAt !== undefined && (await flushHeld(turn));
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const held = heldOf(turn);
  const stored = household.notes.drafts[partner];
  const open = held?.partner === partner && !held.draft.finishedAt ? mergeDrafts(stored, held.draft) : stored;
  const aside = open && open.kind !== kind && answeredCount(open) > 0 ? open : undefined;
  const waiting = household.notes.parked[partner]?.[kind];
  if (!aside && !waiting) {
    const flushed = (await flushHeld(turn)) || finishedHeld;
    const pre: Prefix = [...prefix, flushed && notes.heldSaved];
    if (open && open.kind === kind && answeredCount(open) > 0) return resumeDraft(turn, partner, open, pre);
    turn.logger.info('note started', { noteKind: kind });
    return askPart(turn, partner, newDraft(kind, newId(), turn.now), [
      ...pre,
      !skipIntro && notes.intro[kind],
    ]);
  }
  const switched = await switchNotes(turn, partner, kind, held);
  if (!switched) return whatNext(turn, ...prefix, notes.notSwitched);
  const pre: Prefix = [...prefix, finishedHeld && notes.heldSaved, aside && notes.putAside(aside.kind)];
  if (switched.drafts[partner]) return resumeDraft(turn, partner, switched.drafts[partner], pre);
  turn.logger.info('note started', { noteKind: kind });
  return askPart(turn, partner, newDraft(kind, newId(), turn.now), [...pre, !skipIntro && notes.intro[kind]]);
}

/**
 * One write: a part held in the session goes into its draft, then `kind` becomes the partner's
 * open note (switchTo, or resumeLatest without a kind). Undefined on a storage fault, with
 * everything still where it was (the held part stays held).
 */
export async function switchNotes(
  turn: Turn,
  partner: PartnerId,
  kind: NoteKind | undefined,
  held = heldOf(turn),
): Promise<NotesSlice | undefined> {
  try {
    const stored = await turn.update((h) => {
      let slice = h.notes;
      if (held && !held.draft.finishedAt)
        slice = withDraft(slice, held.partner, mergeDrafts(slice.drafts[held.partner], held.draft));
      return { ...h, notes: kind ? switchTo(slice, partner, kind) : resumeLatest(slice, partner) };
    });
    if (held && !held.draft.finishedAt) releaseHeld(turn);
    return stored.notes;
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    turn.logger.warn('notes not switched', { errorName: (error as Error).name });
    return undefined;
  }
}

/** Picks up a draft at its first missing part. */
export async function resumeDraft(
  turn: Turn,
  partner: PartnerId,
  draft: Draft,
  prefix: Prefix = [],
): Promise<Response> {
  const { notes } = turn.t;
  const index = firstMissing(draft);
  if (index === undefined)
    return finishNote(turn, partner, { ...draft, current: partsOf(draft.kind).length }, prefix);
  return askPart(turn, partner, { ...draft, current: index }, [...prefix, notes.resumeIntro(draft.kind)]);
}
