import type { Response } from 'ask-sdk-model';
import { partner as partnerById, type Partner } from '../../domain/household';
import type { NoteKind } from '../../domain/note-kinds';
import { speech } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { prependSpeech } from '../core/setup';
import { defineHandler } from '../define';
import { askSetupFirst, isIntent, requireSpeaker } from '../flow';
import { notesDialogSchema } from './dialogs';
import { parkedOf } from '../../domain/notes/parked';
import { beginNote, resumeDraft, switchNotes } from './begin';
import { flushHeld, markHandedOff } from './engine';
import { heldOf, whatNext, withSpeaker } from './session';

/**
 * Starting or resuming a note: the four kinds of note (one of another kind already open is put
 * aside, see beginNote), "resume my note", the launch offer to finish one, and the other
 * partner's turn after bad-week or pre-therapy questions.
 */

const START_INTENTS: Record<string, NoteKind> = {
  StartPatternNoteIntent: 'pattern',
  QuickNoteIntent: 'quick',
  PreTherapyNoteIntent: 'pretherapy',
  BadWeekIntent: 'badweek',
};

const YES = 'AMAZON.YesIntent';
const NO = 'AMAZON.NoIntent';

async function startNote(turn: Turn, kind: NoteKind): Promise<Response> {
  const known = await turn.speaker();
  if (known) return beginNote(turn, known.id, kind);
  const asked = await requireSpeaker(turn, {
    name: 'notes.start',
    args: { kind, normalized: kind === 'badweek' },
  });
  if ('id' in asked) return beginNote(turn, asked.id, kind);
  // A bad week gets its kind, normalizing answer first, before "Is this Alex or Sam?".
  return kind === 'badweek' && turn.dialogIs('identify')
    ? prependSpeech(asked, turn.t.notes.intro.badweek.markup)
    : asked;
}

/** Resumes the speaker's draft (held in the session, or stored). Also a continuation. */
export async function resume(
  turn: Turn,
  speaker: Partner,
  prefix: ReturnType<typeof speech>[] = [],
): Promise<Response> {
  const { notes } = turn.t;
  // A part held after a failed save is written first, whatever happens next: then the guard
  // (the household may have been deleted from the other Echo while "Is this Alex or Sam?" was open).
  await flushHeld(turn);
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const held = heldOf(turn);
  const draft = held?.partner === speaker.id ? held.draft : household.notes.drafts[speaker.id];
  if (draft) return resumeDraft(turn, speaker.id, draft, prefix);
  // No open note: the newest one put aside ("quick note" said during a pattern note) is taken up.
  if (parkedOf(household.notes, speaker.id).length === 0) return whatNext(turn, ...prefix, notes.noDraft);
  const switched = await switchNotes(turn, speaker.id, undefined);
  const taken = switched?.drafts[speaker.id];
  if (!taken) return whatNext(turn, ...prefix, notes.notSwitched);
  return resumeDraft(turn, speaker.id, taken, prefix);
}

export const startHandlers = [
  // Starting a note.
  defineHandler({
    name: 'notes.start',
    intents: Object.keys(START_INTENTS),
    needs: 'nothing',
    handle: ({ turn, input }) => {
      const name = Object.keys(START_INTENTS).find((n) => isIntent(input, n))!;
      return startNote(turn, START_INTENTS[name]!);
    },
  }),
  defineHandler({
    name: 'notes.resume',
    intents: ['ResumeNoteIntent'],
    when: (turn) => !turn.dialogIs('notes.offerResume'),
    needs: 'nothing',
    handle: ({ turn }) => withSpeaker(turn, 'notes.resume', {}, (speaker) => resume(turn, speaker)),
  }),
  // Launch offer: "You were in the middle of a note; want to finish it?"
  defineHandler({
    name: 'notes.offerResumeAnswer',
    intents: [YES, NO, 'ResumeNoteIntent'],
    dialog: { schema: notesDialogSchema, kinds: ['notes.offerResume'] },
    needs: 'household',
    handle: async ({ turn, input, household, dialog }) => {
      if (!dialog.partner) return turn.ask(turn.t.common.unexpectedYesNo, turn.t.common.fallbackReprompt);
      if (isIntent(input, NO)) {
        return whatNext(turn, turn.t.notes.resumeDeclined);
      }
      // Offered only to a recognized voice (see resumeOffer): the speaker is already known.
      return resume(turn, partnerById(household, dialog.partner));
    },
  }),
  // The other partner's turn after bad-week or pre-therapy questions.
  defineHandler({
    name: 'notes.handoffAnswer',
    intents: [YES, NO],
    dialog: { schema: notesDialogSchema, kinds: ['notes.handoff'] },
    // "No" (or an unreadable offer) is answered before the household is read, set up or not:
    // the guard stays in the handler, after that answer.
    needs: 'nothing',
    handle: async ({ turn, input, dialog }) => {
      const { to: toId, from, noteKind } = dialog;
      if (!toId || !from || !noteKind || isIntent(input, NO)) {
        return whatNext(turn);
      }
      const household = await turn.setUpHousehold();
      if (!household) return askSetupFirst(turn);
      const to = partnerById(household, toId);
      const byVoice = turn.voiceId ? await turn.speaker() : undefined;
      if (byVoice && byVoice.id === from) {
        turn.setDialog(undefined);
        return turn.ask(turn.t.notes.handOffSameVoice(to.name), turn.t.notes.whatNextReprompt);
      }
      turn.setSpeaker(to.id);
      markHandedOff(turn, to.id, noteKind);
      return beginNote(turn, to.id, noteKind, [turn.t.notes.forSpeaker(to.name)], true);
    },
  }),
];
