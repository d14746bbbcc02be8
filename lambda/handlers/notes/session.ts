import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { partnerIdSchema, type Partner, type PartnerId } from '../../domain/household';
import { draftSchema, mergeDrafts, noteKindSchema, withDraft, type Draft } from '../../domain/notes/slice';
import type { NoteKind } from '../../domain/note-kinds';
import { ConcurrentUpdateError, StorageUnavailableError } from '../../storage/errors';
import { speech } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { requireSpeaker } from '../flow';
import { DICTATE, dictationSchema, notesDialogSchema, type Dictation } from './dialogs';

/** What the notes feature keeps in the session between turns. */

export { DICTATE, dictationSchema, type Dictation };

/** The dictation in progress, when the last thing asked was a part of a note. */
export function dictationOf(turn: Turn): Dictation | undefined {
  const dialog = turn.dialogOf(notesDialogSchema);
  return dialog?.kind === DICTATE ? dialog : undefined;
}

export function setDictation(turn: Turn, partner: PartnerId, draft: Draft): void {
  const dialog: Dictation = {
    kind: DICTATE,
    partner,
    noteId: draft.noteId,
    noteKind: draft.kind,
    startedAt: draft.startedAt,
    current: draft.current,
  };
  turn.setDialog(dialog);
}

/** A draft whose last save failed, kept in the session until a later turn can save it. */
const HELD = 'notesHeld';
const heldSchema = z.lazy(() => z.object({ partner: partnerIdSchema, draft: draftSchema }));
export type Held = z.infer<typeof heldSchema>;

export function heldOf(turn: Turn): Held | undefined {
  const parsed = heldSchema.safeParse(turn.session[HELD]);
  return parsed.success ? parsed.data : undefined;
}

export function hold(turn: Turn, partner: PartnerId, draft: Draft): void {
  turn.session[HELD] = { partner, draft } satisfies Held;
}

export function releaseHeld(turn: Turn): void {
  delete turn.session[HELD];
}

/** Faults after which what was said is held in the session rather than lost. */
export function isStorageFault(error: unknown): boolean {
  return error instanceof StorageUnavailableError || error instanceof ConcurrentUpdateError;
}

/** Say something (or nothing) and ask what next, with no question of the notes left open. */
export function whatNext(turn: Turn, ...said: Parameters<typeof speech>): Response {
  turn.setDialog(undefined);
  return turn.ask(speech(...said, turn.t.notes.whatNext), turn.t.notes.whatNextReprompt);
}

/** Writes the draft (merged with what is stored). On a storage fault, holds it in the session. */
export async function persistDraft(
  turn: Turn,
  partner: PartnerId,
  draft: Draft,
): Promise<{ ok: boolean; draft: Draft; flushed: boolean }> {
  const wasHeld = heldOf(turn) !== undefined;
  let merged = draft;
  try {
    await turn.update((h) => {
      merged = mergeDrafts(h.notes.drafts[partner], draft);
      return { ...h, notes: withDraft(h.notes, partner, merged) };
    });
    releaseHeld(turn);
    return { ok: true, draft: merged, flushed: wasHeld };
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    hold(turn, partner, draft);
    turn.logger.warn('note part held in the session', { errorName: (error as Error).name });
    turn.deps.metrics.count('NotePartHeld');
    return { ok: false, draft, flushed: false };
  }
}

/** Session key: a hand-off accepted in this session, so the offer is not bounced straight back. */
export const HANDED_OFF = 'notesHandedOff';
export const handedOffSchema = z.object({ to: partnerIdSchema, noteKind: noteKindSchema });

/** Remembers that `to` took their turn at a note of `noteKind` after the other partner's. */
export function markHandedOff(turn: Turn, to: PartnerId, noteKind: NoteKind): void {
  turn.session[HANDED_OFF] = { to, noteKind } satisfies z.infer<typeof handedOffSchema>;
}

/** Runs `run` for the speaker, asking "Is this Alex or Sam?" first (resumed by `name`) when unknown. */
export async function withSpeaker(
  turn: Turn,
  name: string,
  args: Record<string, unknown>,
  run: (speaker: Partner) => Promise<Response>,
): Promise<Response> {
  const speaker = await requireSpeaker(turn, { name, args });
  return 'id' in speaker ? run(speaker) : speaker;
}
