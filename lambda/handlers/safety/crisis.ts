import { defineHandler } from '../define';
import { isIntent, requireSpeaker } from '../flow';
import { CRISIS_DIALOG, safetyDialogSchema } from './dialogs';
import { crisisGateHandler } from './gate';
import { crisisDialog, respondToCrisis, repeatSlowly } from './respond';

/**
 * The crisis handlers, tried before every other handler of the skill:
 * - Any intent whose words hold danger (gate.ts) gets the resources, before any feature sees it.
 * - "I'm not safe", "give me the crisis numbers" (CrisisIntent) get them at once.
 * - After the answer: "yes" / "repeat them slowly" repeat the numbers slowly; "no", "stop" or
 *   "cancel" get a short, safe goodbye; "keep my note" saves held text only when offered.
 * None needs the household: the crisis answer must not wait on, or fail with, the database.
 */

export const crisisIntentHandler = defineHandler({
  name: 'safety.crisisIntent',
  intents: ['CrisisIntent'],
  needs: 'nothing',
  // Said outright, without words to tell self-harm from violence: every line the locale has.
  handle: ({ turn }) => respondToCrisis(turn, { kind: 'danger' }),
});

export const crisisRepeatHandler = defineHandler({
  name: 'safety.crisisRepeat',
  intents: ['CrisisRepeatIntent', 'AMAZON.YesIntent', 'AMAZON.RepeatIntent'],
  // "Repeat them slowly" at any time; "yes" and "repeat" only right after the crisis answer.
  when: (turn, input) => isIntent(input, 'CrisisRepeatIntent') || turn.dialogIs(CRISIS_DIALOG),
  needs: 'nothing',
  handle: ({ turn }) => {
    const dialog = crisisDialog(turn);
    if (!dialog) turn.setDialog({ kind: CRISIS_DIALOG, crisisKind: 'danger' });
    return repeatSlowly(turn, dialog?.crisisKind ?? 'danger');
  },
});

/**
 * "No", "stop" or "cancel" right after the crisis answer: a short goodbye that is safe when the
 * danger is in the room (never "take care of each other"). Ending here drops anything held for
 * "keep my note": unsaved unless asked, as promised.
 */
export const crisisGoodbyeHandler = defineHandler({
  name: 'safety.crisisGoodbye',
  intents: ['AMAZON.NoIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
  dialog: { schema: safetyDialogSchema, kinds: [CRISIS_DIALOG] },
  needs: 'nothing',
  handle: ({ turn }) => turn.tell(turn.t.safety.crisisClose),
});

export const keepNoteHandler = defineHandler({
  name: 'safety.keepNote',
  intents: ['KeepNoteIntent'],
  needs: 'nothing',
  handle: async ({ turn }) => {
    const keep = crisisDialog(turn)?.keep;
    const run = keep ? turn.features.continuation(keep.name) : undefined;
    if (!keep || !run) {
      const { safety } = turn.t;
      const said = crisisDialog(turn)?.noteInProgress
        ? safety.crisisEarlierPartsKept
        : safety.crisisNothingToKeep;
      return turn.ask(said, safety.crisisReprompt);
    }
    const speaker = await requireSpeaker(turn, keep);
    if (!('id' in speaker)) return speaker;
    turn.setDialog(undefined);
    return run(turn, speaker, keep.args);
  },
});

export const crisisHandlers = [
  crisisGateHandler,
  crisisIntentHandler,
  crisisRepeatHandler,
  crisisGoodbyeHandler,
  keepNoteHandler,
];
