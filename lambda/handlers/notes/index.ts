import { noteKindSchema } from '../../domain/notes/slice';
import { notesHelp } from './help';
import { partsOf } from '../../domain/notes/templates';
import type { Feature } from '../../feature';
import { slot } from '../flow';
import { DICTATE } from './dialogs';
import { beginNote } from './begin';
import {
  flushHeld,
  keepAfterCrisis,
  keepAfterCrisisOffer,
  KEEP_AFTER_CRISIS,
  NOTE_PART_INTENT,
  TEXT_SLOT,
} from './engine';
import { dictationHandlers } from './handlers-dictation';
import { manageHandlers } from './handlers-manage';
import { resume, startHandlers } from './handlers-start';
import { countNotes, askDeleteLast, readLastNote, readShared, shareLast } from './manage';
import { resumeOffer, revealOffer } from './offers';
import { heldOf } from './session';
import { carriedText, PART_OUTSIDE, partOutsideContinued, TEXT_CARRIERS } from './stray';
import type { Turn } from '../../turn';
import type { HandlerInput } from 'ask-sdk-core';

/**
 * Dictated notes by voice: the five-part pattern template, the quick note, the pre-therapy note
 * and the bad-week questions, over one dictation engine (engine.ts). Its handlers by moment:
 * while dictating (handlers-dictation.ts), starting and resuming (handlers-start.ts), managing
 * notes and the mutual reveal (handlers-manage.ts). The dialog kinds are in dialogs.ts.
 */

/** Work resumed once "Is this Alex or Sam?" is answered. */
const continuations: Feature['continuations'] = {
  'notes.start': async (turn, speaker, args) => {
    const kind = noteKindSchema.safeParse(args.kind);
    const k = kind.success ? kind.data : 'pattern';
    // The bad week's normalizing words were already said before "Is this Alex or Sam?".
    return beginNote(turn, speaker.id, k, [], args.normalized === true);
  },
  'notes.resume': (turn, speaker) => resume(turn, speaker),
  [PART_OUTSIDE]: (turn, speaker, args) => partOutsideContinued(turn, speaker, args),
  [KEEP_AFTER_CRISIS]: (turn, _speaker, args) => keepAfterCrisis(turn, args),
  'notes.read': (turn, speaker) => readLastNote(turn, speaker),
  'notes.count': (turn, speaker) => countNotes(turn, speaker),
  'notes.delete': (turn, speaker) => askDeleteLast(turn, speaker),
  'notes.share': (turn, speaker, args) =>
    shareLast(turn, speaker, typeof args.name === 'string' ? args.name : undefined),
  'notes.readShared': (turn, speaker) => readShared(turn, speaker),
};

/** The notes feature. Its handlers are tried in this order: dictation first, then start, then the rest. */
export function notesFeature(): Feature {
  return {
    name: 'notes',
    handlers: [...dictationHandlers, ...startHandlers, ...manageHandlers],
    launchOffers: [resumeOffer, revealOffer],
    continuations,
    help: notesHelp,
    // A part still held when the session closes gets one last chance to be saved.
    onSessionEnd: [
      async (turn) => {
        if (heldOf(turn)) await flushHeld(turn);
      },
    ],
    // The safety gate scans each dictated part; a note in progress offers "keep my note".
    keepAfterCrisis: {
      [NOTE_PART_INTENT]: (turn, input) => keepAfterCrisisOffer(turn, slot(input, TEXT_SLOT)),
      // An answer heard as another feature's free text is the note's too (stray.ts).
      ...Object.fromEntries(
        Object.keys(TEXT_CARRIERS).map((intent) => [
          intent,
          (turn: Turn, input: HandlerInput) => keepAfterCrisisOffer(turn, carriedText(input)),
        ]),
      ),
    },
  };
}

export { DICTATE, partsOf };
