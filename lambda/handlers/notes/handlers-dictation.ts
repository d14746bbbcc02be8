import type { NoteKind } from '../../domain/note-kinds';
import { isPartId } from '../../domain/notes/templates';
import { defineHandler } from '../define';
import { isIntent, slot, slotId } from '../flow';
import { DICTATE, notesDialogSchema } from './dialogs';
import {
  askPart,
  flushHeld,
  NOTE_PART_INTENT,
  onAnswer,
  onCommand,
  stopDictation,
  TEXT_SLOT,
} from './engine';
import { dictationOf, heldOf, releaseHeld, whatNext } from './session';
import { answerOutside, carriedText, TEXT_CARRIERS } from './stray';

/**
 * While a note is dictated: the answer to the part being asked, the dictation commands, stop,
 * help, fallback and "hold on". None needs the household: the dictation dialog says where the
 * note stands, so a part is still heard (and held) when the database cannot be read.
 */

/** Skip, back, read back, finish, change a part: the commands of a note in progress. */
const NOTE_COMMANDS = [
  'NoteSkipIntent',
  'NoteBackIntent',
  'NoteReadBackIntent',
  'NoteFinishIntent',
  'NoteChangePartIntent',
];

/**
 * A pause in dictation. AMAZON.PauseIntent / ResumeIntent are declared by the check-in, whose
 * handlers leave them to the notes while a note is being dictated; TellMeMoreIntent ("go on")
 * is the week's.
 */
const HOLD_INTENTS = [
  'NoteHoldIntent',
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.RepeatIntent',
  'TellMeMoreIntent',
];

/** Answers only while a part is being asked. */
const DICTATING = { schema: notesDialogSchema, kinds: [DICTATE] as const };

function newPosition(d: { noteId: string; noteKind: NoteKind; startedAt: string }) {
  return { noteId: d.noteId, kind: d.noteKind, answers: {}, skipped: [], current: 0, startedAt: d.startedAt };
}

export const dictationHandlers = [
  // The answer to the part being asked (the elicited free-text slot).
  defineHandler({
    name: 'notes.part',
    intents: [NOTE_PART_INTENT],
    needs: 'nothing',
    handle: async ({ turn, input }) => {
      const d = dictationOf(turn);
      const text = slot(input, TEXT_SLOT);
      if (d) return onAnswer(turn, d, text);
      // Words for the speaker's open note (the dictation was left for a moment) still go in it.
      const added = await answerOutside(turn, text);
      // Other free text outside a note is never stored: say how to start or continue one.
      return added ?? whatNext(turn, turn.t.notes.notDictating);
    },
  }),
  // An answer Alexa heard as another feature's free text ("I appreciate…", "let's focus on…"):
  // mid-note, it is the part's answer, never a shared appreciation or the week's focus.
  defineHandler({
    name: 'notes.partAsOtherIntent',
    intents: Object.keys(TEXT_CARRIERS),
    dialog: DICTATING,
    needs: 'nothing',
    handle: ({ turn, input, dialog: d }) => onAnswer(turn, d, carriedText(input)),
  }),
  // Commands during dictation.
  defineHandler({
    name: 'notes.command',
    intents: NOTE_COMMANDS,
    dialog: DICTATING,
    needs: 'nothing',
    handle: ({ turn, input, dialog: d }) => {
      if (isIntent(input, 'NoteSkipIntent')) return onCommand(turn, d, 'skip');
      if (isIntent(input, 'NoteBackIntent')) return onCommand(turn, d, 'back');
      if (isIntent(input, 'NoteReadBackIntent')) return onCommand(turn, d, 'readBack');
      if (isIntent(input, 'NoteFinishIntent')) return onCommand(turn, d, 'finish');
      const part = slotId(input, 'part');
      if (!isPartId(part)) return onCommand(turn, d, 'readBack');
      return onCommand(turn, d, 'back', part);
    },
  }),
  // The same commands outside a note.
  defineHandler({
    name: 'notes.commandOutside',
    intents: NOTE_COMMANDS,
    needs: 'nothing',
    handle: async ({ turn }) => {
      const saved = await flushHeld(turn);
      return whatNext(turn, saved && turn.t.notes.heldSaved, turn.t.notes.notDictating);
    },
  }),
  // Stop in the middle of a note keeps it; a part not yet saved gets one more try.
  defineHandler({
    name: 'notes.stop',
    intents: ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
    when: (turn) => dictationOf(turn) !== undefined || heldOf(turn) !== undefined,
    needs: 'nothing',
    handle: ({ turn }) => stopDictation(turn, dictationOf(turn)),
  }),
  defineHandler({
    name: 'notes.heldStopAnswer',
    intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
    dialog: { schema: notesDialogSchema, kinds: ['notes.heldStop'] },
    needs: 'nothing',
    handle: async ({ turn, input }) => {
      if (isIntent(input, 'AMAZON.YesIntent')) return stopDictation(turn, undefined);
      releaseHeld(turn);
      return turn.tell(turn.t.notes.heldLost);
    },
  }),
  // Help and fallback keep the note going.
  defineHandler({
    name: 'notes.helpInDictation',
    intents: ['AMAZON.HelpIntent', 'AMAZON.FallbackIntent'],
    dialog: DICTATING,
    needs: 'nothing',
    handle: async ({ turn, input, dialog: d }) => {
      const lead = isIntent(input, 'AMAZON.HelpIntent') ? turn.t.notes.help : turn.t.notes.didNotCatch;
      return askPart(turn, d.partner, { ...newPosition(d), current: d.current }, [lead]);
    },
  }),
  // A bare yes or no while a part is asked: the note stays open and the part is asked again
  // (a "no" here ended the session, a "yes" left the note for the main menu).
  defineHandler({
    name: 'notes.yesNoInDictation',
    intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
    dialog: DICTATING,
    needs: 'nothing',
    handle: ({ turn, dialog: d }) =>
      askPart(turn, d.partner, { ...newPosition(d), current: d.current }, [turn.t.notes.yesNoInNote]),
  }),
  // "Hold on", "one moment", "repeat that", "what was the question", "continue", "go on": the
  // part being asked is asked again, with its slot elicited, so the next answer lands in it.
  // No read and no write: the dialog already says which part it is.
  defineHandler({
    name: 'notes.hold',
    intents: HOLD_INTENTS,
    dialog: DICTATING,
    needs: 'nothing',
    handle: ({ turn, input, dialog: d }) => {
      const { notes } = turn.t;
      const lead = isIntent(input, 'NoteHoldIntent', 'AMAZON.PauseIntent')
        ? notes.takeYourTime
        : isIntent(input, 'AMAZON.RepeatIntent')
          ? notes.askingAgain
          : notes.goingOn;
      return askPart(turn, d.partner, { ...newPosition(d), current: d.current }, [lead]);
    },
  }),
  // "One moment" outside a note: whatever was asked stays open.
  defineHandler({
    name: 'notes.holdOutside',
    intents: ['NoteHoldIntent'],
    needs: 'nothing',
    handle: ({ turn }) => turn.ask(turn.t.notes.takeYourTimeOutside, turn.t.notes.whenReady),
  }),
];
