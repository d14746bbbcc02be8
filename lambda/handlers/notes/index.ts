import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { partner as partnerById, partnerIdSchema, type Partner } from '../../domain/household';
import { noteKindSchema } from '../../domain/notes/slice';
import { isPartId, partsOf } from '../../domain/notes/templates';
import type { NoteKind } from '../../domain/week/activity';
import { speech } from '../../speech/ssml';
import type { Feature } from '../../feature';
import { resumeOffer, revealOffer } from './offers';
import type { Turn } from '../../turn';
import { prependSpeech } from '../core/setup';
import { askSetupFirst, handler, isIntent, requireSpeaker, slot, slotId } from '../flow';
import {
  askPart,
  beginNote,
  flushHeld,
  keepAfterCrisis,
  keepAfterCrisisOffer,
  KEEP_AFTER_CRISIS,
  markHandedOff,
  mergeDrafts,
  NOTE_PART_INTENT,
  onAnswer,
  onCommand,
  resumeDraft,
  stopDictation,
  TEXT_SLOT,
  trySave,
} from './engine';
import { askDeleteLast, countNotes, deleteNote, readLastNote, readShared, shareLast } from './manage';
import { declineReveal, onRevealAnswer, REVEAL_ASK, startReveal } from './reveal';
import { dialogArgs, dictationOf, heldOf, releaseHeld, whatNext, DICTATE } from './session';

/**
 * Dictated notes by voice: the five-part pattern template, the quick note, the pre-therapy note
 * and the bad-week questions, over one dictation engine (engine.ts). Managing notes (manage.ts)
 * and the mutual reveal (reveal.ts).
 */

const START_INTENTS: Record<string, NoteKind> = {
  StartPatternNoteIntent: 'pattern',
  QuickNoteIntent: 'quick',
  PreTherapyNoteIntent: 'pretherapy',
  BadWeekIntent: 'badweek',
};

/** Skip, back, read back, finish, change a part: the commands of a note in progress. */
function isNoteCommand(input: HandlerInput): boolean {
  return isIntent(
    input,
    'NoteSkipIntent',
    'NoteBackIntent',
    'NoteReadBackIntent',
    'NoteFinishIntent',
    'NoteChangePartIntent',
  );
}

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

const YES = 'AMAZON.YesIntent';
const NO = 'AMAZON.NoIntent';

async function withSpeaker(
  turn: Turn,
  name: string,
  args: Record<string, unknown>,
  run: (speaker: Partner) => Promise<Response>,
): Promise<Response> {
  const speaker = await requireSpeaker(turn, { name, args });
  return 'id' in speaker ? run(speaker) : speaker;
}

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

async function resume(
  turn: Turn,
  speaker: Partner,
  prefix: ReturnType<typeof speech>[] = [],
): Promise<Response> {
  const { notes } = turn.t;
  await flushHeld(turn);
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const held = heldOf(turn);
  const draft = held?.partner === speaker.id ? held.draft : household.notes.drafts[speaker.id];
  if (!draft) {
    return whatNext(turn, ...prefix, notes.noDraft);
  }
  return resumeDraft(turn, speaker.id, draft, prefix);
}

/** Work resumed once "Is this Alex or Sam?" is answered. */
const continuations: Feature['continuations'] = {
  'notes.start': async (turn, speaker, args) => {
    const kind = noteKindSchema.safeParse(args.kind);
    const k = kind.success ? kind.data : 'pattern';
    // The bad week's normalizing words were already said before "Is this Alex or Sam?".
    return beginNote(turn, speaker.id, k, [], args.normalized === true);
  },
  'notes.resume': (turn, speaker) => resume(turn, speaker),
  [KEEP_AFTER_CRISIS]: (turn, _speaker, args) => keepAfterCrisis(turn, args),
  'notes.read': (turn, speaker) => readLastNote(turn, speaker),
  'notes.count': (turn, speaker) => countNotes(turn, speaker),
  'notes.delete': (turn, speaker) => askDeleteLast(turn, speaker),
  'notes.share': (turn, speaker, args) =>
    shareLast(turn, speaker, typeof args.name === 'string' ? args.name : undefined),
  'notes.readShared': (turn, speaker) => readShared(turn, speaker),
};

const partnerArgs = z.looseObject({ partner: partnerIdSchema });

/** The notes feature's handlers, in the order they are tried. */
export function notesFeature(): Feature {
  const dictating = (turn: Turn) => dictationOf(turn) !== undefined;

  const handlers = [
    // The answer to the part being asked (the elicited free-text slot).
    handler(
      (input) => isIntent(input, NOTE_PART_INTENT),
      async (turn, input) => {
        const d = dictationOf(turn);
        const text = slot(input, TEXT_SLOT);
        if (d) return onAnswer(turn, d, text);
        // Free text outside a note is never stored: say how to start or continue one.
        return whatNext(turn, turn.t.notes.notDictating);
      },
    ),
    // Commands during dictation.
    handler(
      (input, turn) => dictating(turn) && isNoteCommand(input),
      (turn, input) => {
        const d = dictationOf(turn)!;
        if (isIntent(input, 'NoteSkipIntent')) return onCommand(turn, d, 'skip');
        if (isIntent(input, 'NoteBackIntent')) return onCommand(turn, d, 'back');
        if (isIntent(input, 'NoteReadBackIntent')) return onCommand(turn, d, 'readBack');
        if (isIntent(input, 'NoteFinishIntent')) return onCommand(turn, d, 'finish');
        const part = slotId(input, 'part');
        if (!isPartId(part)) return onCommand(turn, d, 'readBack');
        return onCommand(turn, d, 'back', part);
      },
    ),
    // The same commands outside a note.
    handler(
      (input) => isNoteCommand(input),
      async (turn) => {
        const saved = await flushHeld(turn);
        return whatNext(turn, saved && turn.t.notes.heldSaved, turn.t.notes.notDictating);
      },
    ),
    // Stop in the middle of a note keeps it; a part not yet saved gets one more try.
    handler(
      (input, turn) =>
        isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent') &&
        (dictating(turn) || heldOf(turn) !== undefined),
      (turn) => stopDictation(turn, dictationOf(turn)),
    ),
    handler(
      (input, turn) => turn.dialogIs('notes.heldStop') && isIntent(input, YES, NO),
      async (turn, input) => {
        if (isIntent(input, YES)) return stopDictation(turn, undefined);
        releaseHeld(turn);
        return turn.tell(turn.t.notes.heldLost);
      },
    ),
    // Help and fallback keep the note going.
    handler(
      (input, turn) => dictating(turn) && isIntent(input, 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent'),
      async (turn, input) => {
        const d = dictationOf(turn)!;
        const lead = isIntent(input, 'AMAZON.HelpIntent') ? turn.t.notes.help : turn.t.notes.didNotCatch;
        return askPart(turn, d.partner, { ...newPosition(d), current: d.current }, [lead]);
      },
    ),
    // "Hold on", "one moment", "repeat that", "what was the question", "continue", "go on": the
    // part being asked is asked again, with its slot elicited, so the next answer lands in it.
    // No read and no write: the dialog already says which part it is.
    handler(
      (input, turn) => dictating(turn) && isIntent(input, ...HOLD_INTENTS),
      (turn, input) => {
        const d = dictationOf(turn)!;
        const { notes } = turn.t;
        const lead = isIntent(input, 'NoteHoldIntent', 'AMAZON.PauseIntent')
          ? notes.takeYourTime
          : isIntent(input, 'AMAZON.RepeatIntent')
            ? notes.askingAgain
            : notes.goingOn;
        return askPart(turn, d.partner, { ...newPosition(d), current: d.current }, [lead]);
      },
    ),
    // "One moment" outside a note: whatever was asked stays open.
    handler(
      (input) => isIntent(input, 'NoteHoldIntent'),
      (turn) => turn.ask(turn.t.notes.takeYourTimeOutside, turn.t.notes.whenReady),
    ),
    // Starting a note.
    handler(
      (input) => isIntent(input, ...Object.keys(START_INTENTS)),
      (turn, input) => {
        const name = Object.keys(START_INTENTS).find((n) => isIntent(input, n))!;
        return startNote(turn, START_INTENTS[name]!);
      },
    ),
    handler(
      (input, turn) => isIntent(input, 'ResumeNoteIntent') && !turn.dialogIs('notes.offerResume'),
      (turn) => withSpeaker(turn, 'notes.resume', {}, (speaker) => resume(turn, speaker)),
    ),
    // Launch offer: "You were in the middle of a note; want to finish it?"
    handler(
      (input, turn) => turn.dialogIs('notes.offerResume') && isIntent(input, YES, NO, 'ResumeNoteIntent'),
      async (turn, input) => {
        const args = dialogArgs(turn, 'notes.offerResume', partnerArgs);
        const household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
        if (!args) return turn.ask(turn.t.common.unexpectedYesNo, turn.t.common.fallbackReprompt);
        if (isIntent(input, NO)) {
          return whatNext(turn, turn.t.notes.resumeDeclined);
        }
        // Offered only to a recognized voice (see resumeOffer): the speaker is already known.
        return resume(turn, partnerById(household, args.partner));
      },
    ),
    // "You already have a quick note in progress. Want to finish that one first?"
    handler(
      (input, turn) => turn.dialogIs('notes.replace') && isIntent(input, YES, NO),
      async (turn, input) => {
        const args = dialogArgs(
          turn,
          'notes.replace',
          z.looseObject({ partner: partnerIdSchema, noteKind: noteKindSchema }),
        );
        const household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
        if (!args) return turn.ask(turn.t.common.unexpectedYesNo, turn.t.common.fallbackReprompt);
        const speaker = partnerById(household, args.partner);
        if (isIntent(input, YES)) return resume(turn, speaker);
        // Keep what was said: the earlier note (with any part held in the session) is saved as
        // it is in this turn's one write, then the new one starts with nothing left to flush.
        const held = heldOf(turn);
        const stored = household.notes.drafts[speaker.id];
        const existing = held?.partner === speaker.id ? mergeDrafts(stored, held.draft) : stored;
        if (existing) {
          const saved = await trySave(turn, speaker.id, existing);
          if (!saved) {
            // Still held in the session; starting another note now could put it at risk.
            return whatNext(turn, turn.t.notes.held);
          }
        }
        return beginNote(turn, speaker.id, args.noteKind, [turn.t.notes.earlierSaved]);
      },
    ),
    // The other partner's turn after bad-week or pre-therapy questions.
    handler(
      (input, turn) => turn.dialogIs('notes.handoff') && isIntent(input, YES, NO),
      async (turn, input) => {
        const args = dialogArgs(
          turn,
          'notes.handoff',
          z.looseObject({ to: partnerIdSchema, from: partnerIdSchema, noteKind: noteKindSchema }),
        );
        if (!args || isIntent(input, NO)) {
          return whatNext(turn);
        }
        const household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
        const to = partnerById(household, args.to);
        const byVoice = turn.voiceId ? await turn.speaker() : undefined;
        if (byVoice && byVoice.id === args.from) {
          turn.setDialog(undefined);
          return turn.ask(turn.t.notes.handOffSameVoice(to.name), turn.t.notes.whatNextReprompt);
        }
        turn.session.speaker = to.id;
        markHandedOff(turn, to.id, args.noteKind);
        return beginNote(turn, to.id, args.noteKind, [turn.t.notes.forSpeaker(to.name)], true);
      },
    ),
    // Reading, counting, deleting and sharing one's own notes.
    handler(
      (input) => isIntent(input, 'ReadLastNoteIntent'),
      (turn) => withSpeaker(turn, 'notes.read', {}, (speaker) => readLastNote(turn, speaker)),
    ),
    handler(
      (input, turn) => turn.dialogIs('notes.confirmRead') && isIntent(input, YES, NO),
      async (turn, input) => {
        const args = dialogArgs(turn, 'notes.confirmRead', partnerArgs);
        const household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
        if (!args || isIntent(input, NO)) {
          return whatNext(turn, turn.t.notes.okayNotRead);
        }
        return readLastNote(turn, partnerById(household, args.partner), true);
      },
    ),
    handler(
      (input) => isIntent(input, 'CountNotesIntent'),
      (turn) => withSpeaker(turn, 'notes.count', {}, (speaker) => countNotes(turn, speaker)),
    ),
    handler(
      (input) => isIntent(input, 'DeleteLastNoteIntent'),
      (turn) => withSpeaker(turn, 'notes.delete', {}, (speaker) => askDeleteLast(turn, speaker)),
    ),
    handler(
      (input, turn) => turn.dialogIs('notes.confirmDelete') && isIntent(input, YES, NO),
      async (turn, input) => {
        const args = dialogArgs(
          turn,
          'notes.confirmDelete',
          z.looseObject({ partner: partnerIdSchema, sk: z.string() }),
        );
        const household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
        if (!args || isIntent(input, NO)) {
          return whatNext(turn, turn.t.notes.notDeleted);
        }
        return deleteNote(turn, partnerById(household, args.partner), args.sk);
      },
    ),
    handler(
      (input) => isIntent(input, 'ShareLastNoteIntent'),
      (turn, input) => {
        const name = slot(input, 'name');
        return withSpeaker(turn, 'notes.share', { name }, (speaker) => shareLast(turn, speaker, name));
      },
    ),
    handler(
      (input) => isIntent(input, 'ReadSharedNoteIntent'),
      (turn) => withSpeaker(turn, 'notes.readShared', {}, (speaker) => readShared(turn, speaker)),
    ),
    // The mutual reveal.
    handler(
      (input) => isIntent(input, 'MutualRevealIntent'),
      (turn) => startReveal(turn),
    ),
    handler(
      (input, turn) => turn.dialogIs('notes.reveal.offer') && isIntent(input, YES, NO),
      async (turn, input) => {
        if (isIntent(input, YES)) return startReveal(turn);
        return declineReveal(turn);
      },
    ),
    handler(
      (input, turn) => turn.dialogIs(REVEAL_ASK) && isIntent(input, YES, NO),
      (turn, input) => onRevealAnswer(turn, isIntent(input, YES)),
    ),
  ];

  return {
    name: 'notes',
    handlers,
    launchOffers: [resumeOffer, revealOffer],
    continuations,
    // A part still held when the session closes gets one last chance to be saved.
    onSessionEnd: [
      async (turn) => {
        if (heldOf(turn)) await flushHeld(turn);
      },
    ],
    // The safety gate scans each dictated part; a note in progress offers "keep my note".
    keepAfterCrisis: {
      [NOTE_PART_INTENT]: (turn, input) => keepAfterCrisisOffer(turn, slot(input, TEXT_SLOT)),
    },
  };
}

function newPosition(d: { noteId: string; noteKind: NoteKind; startedAt: string }) {
  return { noteId: d.noteId, kind: d.noteKind, answers: {}, skipped: [], current: 0, startedAt: d.startedAt };
}

export { DICTATE, partsOf };
