import { partner as partnerById } from '../../domain/household';
import { defineHandler } from '../define';
import { askSetupFirst, isIntent, slot } from '../flow';
import { notesDialogSchema, REVEAL_ASK } from './dialogs';
import { askDeleteLast, countNotes, deleteNote, readLastNote, readShared, shareLast } from './manage';
import { declineReveal, onRevealAnswer, startReveal } from './reveal';
import { whatNext, withSpeaker } from './session';

/** Reading, counting, deleting and sharing one's own notes (manage.ts); the mutual reveal (reveal.ts). */

const YES = 'AMAZON.YesIntent';
const NO = 'AMAZON.NoIntent';

export const manageHandlers = [
  defineHandler({
    name: 'notes.read',
    intents: ['ReadLastNoteIntent'],
    needs: 'nothing',
    handle: ({ turn }) => withSpeaker(turn, 'notes.read', {}, (speaker) => readLastNote(turn, speaker)),
  }),
  defineHandler({
    name: 'notes.confirmReadAnswer',
    intents: [YES, NO],
    dialog: { schema: notesDialogSchema, kinds: ['notes.confirmRead'] },
    needs: 'household',
    handle: async ({ turn, input, household, dialog }) => {
      if (!dialog.partner || isIntent(input, NO)) {
        return whatNext(turn, turn.t.notes.okayNotRead);
      }
      return readLastNote(turn, partnerById(household, dialog.partner), true);
    },
  }),
  defineHandler({
    name: 'notes.count',
    intents: ['CountNotesIntent'],
    needs: 'nothing',
    handle: ({ turn }) => withSpeaker(turn, 'notes.count', {}, (speaker) => countNotes(turn, speaker)),
  }),
  defineHandler({
    name: 'notes.delete',
    intents: ['DeleteLastNoteIntent'],
    needs: 'nothing',
    handle: ({ turn }) => withSpeaker(turn, 'notes.delete', {}, (speaker) => askDeleteLast(turn, speaker)),
  }),
  defineHandler({
    name: 'notes.confirmDeleteAnswer',
    intents: [YES, NO],
    dialog: { schema: notesDialogSchema, kinds: ['notes.confirmDelete'] },
    needs: 'household',
    handle: async ({ turn, input, household, dialog }) => {
      if (!dialog.partner || dialog.sk === undefined || isIntent(input, NO)) {
        return whatNext(turn, turn.t.notes.notDeleted);
      }
      return deleteNote(turn, partnerById(household, dialog.partner), dialog.sk);
    },
  }),
  defineHandler({
    name: 'notes.share',
    intents: ['ShareLastNoteIntent'],
    needs: 'nothing',
    handle: ({ turn, input }) => {
      const name = slot(input, 'name');
      return withSpeaker(turn, 'notes.share', { name }, (speaker) => shareLast(turn, speaker, name));
    },
  }),
  defineHandler({
    name: 'notes.readShared',
    intents: ['ReadSharedNoteIntent'],
    needs: 'nothing',
    handle: ({ turn }) => withSpeaker(turn, 'notes.readShared', {}, (speaker) => readShared(turn, speaker)),
  }),
  // The mutual reveal. Asked before the couple has set up (found by the fuzz suite): names first.
  defineHandler({
    name: 'notes.reveal',
    intents: ['MutualRevealIntent'],
    needs: 'household',
    handle: ({ turn, household }) => startReveal(turn, household),
  }),
  defineHandler({
    name: 'notes.revealOfferAnswer',
    intents: [YES, NO],
    dialog: { schema: notesDialogSchema, kinds: ['notes.reveal.offer'] },
    // "No" is recorded (or not) without the names: only "yes" needs the household.
    needs: 'nothing',
    handle: async ({ turn, input }) => {
      if (!isIntent(input, YES)) return declineReveal(turn);
      const household = await turn.setUpHousehold();
      if (!household) return askSetupFirst(turn);
      return startReveal(turn, household);
    },
  }),
  defineHandler({
    name: 'notes.revealAnswer',
    intents: [YES, NO],
    dialog: { schema: notesDialogSchema, kinds: [REVEAL_ASK] },
    needs: 'household',
    handle: ({ turn, input, household, dialog }) =>
      onRevealAnswer(turn, household, dialog, isIntent(input, YES)),
  }),
];
