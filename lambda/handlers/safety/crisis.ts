import { handler, isIntent, requireSpeaker } from '../flow';
import { crisisGateHandler } from './gate';
import { crisisDialog, respondToCrisis, repeatSlowly, CRISIS_DIALOG } from './respond';

/**
 * The crisis handlers, tried before every other handler of the skill:
 * - Any intent whose words hold danger (gate.ts) gets the resources, before any feature sees it.
 * - "I'm not safe", "give me the crisis numbers" (CrisisIntent) get them at once.
 * - After the answer: "yes" / "repeat them slowly" repeat the numbers slowly; "no", "stop" or
 *   "cancel" get a short, safe goodbye; "keep my note" saves held text only when offered.
 */

export const crisisIntentHandler = handler(
  (input) => isIntent(input, 'CrisisIntent'),
  // Said outright, without words to tell self-harm from violence: every line the locale has.
  (turn) => respondToCrisis(turn, { kind: 'danger' }),
);

export const crisisRepeatHandler = handler(
  (input, turn) =>
    isIntent(input, 'CrisisRepeatIntent') ||
    (isIntent(input, 'AMAZON.YesIntent', 'AMAZON.RepeatIntent') && turn.dialogIs(CRISIS_DIALOG)),
  (turn) => {
    const dialog = crisisDialog(turn);
    if (!dialog) turn.setDialog({ kind: CRISIS_DIALOG, crisisKind: 'danger' });
    return repeatSlowly(turn, dialog?.crisisKind ?? 'danger');
  },
);

/**
 * "No", "stop" or "cancel" right after the crisis answer: a short goodbye that is safe when the
 * danger is in the room (never "take care of each other"). Ending here drops anything held for
 * "keep my note": unsaved unless asked, as promised.
 */
export const crisisGoodbyeHandler = handler(
  (input, turn) =>
    turn.dialogIs(CRISIS_DIALOG) &&
    isIntent(
      input,
      'AMAZON.NoIntent',
      'AMAZON.StopIntent',
      'AMAZON.CancelIntent',
      'AMAZON.NavigateHomeIntent',
    ),
  (turn) => turn.tell(turn.t.safety.crisisClose),
);

export const keepNoteHandler = handler(
  (input) => isIntent(input, 'KeepNoteIntent'),
  async (turn) => {
    const keep = crisisDialog(turn)?.keep;
    const run = keep ? turn.features.continuation(keep.name) : undefined;
    if (!keep || !run) {
      return turn.ask(turn.t.safety.crisisNothingToKeep, turn.t.safety.crisisReprompt);
    }
    const speaker = await requireSpeaker(turn, keep);
    if (!('id' in speaker)) return speaker;
    turn.setDialog(undefined);
    return run(turn, speaker, keep.args);
  },
);

export const crisisHandlers = [
  crisisGateHandler,
  crisisIntentHandler,
  crisisRepeatHandler,
  crisisGoodbyeHandler,
  keepNoteHandler,
];
