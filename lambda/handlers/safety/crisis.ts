import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import { detectCrisisIn } from '../../domain/safety/crisis';
import { handler, isIntent, requireSpeaker } from '../flow';
import { crisisDialog, respondToCrisis, repeatSlowly, CRISIS_DIALOG } from './respond';

/**
 * The crisis gate's handlers, tried before every other handler of the skill:
 * - "I'm not safe", "he hit me", "I am being abused"… (CrisisIntent) get the resources at once.
 * - Any intent whose slot values hold a crisis phrase (a dictated note part, an appreciation)
 *   is answered here first, so no feature can store or echo the words.
 * - After the answer: "yes" / "repeat them slowly" repeat the numbers slowly; "no" closes
 *   kindly; "keep my note" saves held text only when a feature offered it.
 */

/** Every slot value of an intent request (what Alexa heard for each slot). */
function slotValues(input: HandlerInput): string[] {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return [];
  return Object.values(request.intent.slots ?? {})
    .map((s) => s?.value)
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

export const crisisIntentHandler = handler(
  (input) => isIntent(input, 'CrisisIntent'),
  // Said outright, without words to tell self-harm from violence: every line the locale has.
  (turn) => respondToCrisis(turn, { kind: 'danger' }),
);

export const crisisScanHandler = handler(
  // A feature that scans its own dictated text (to offer "keep my note" through
  // `respondToCrisis(turn, match, { keep })`) lists its intents in `Feature.scansOwnSlots`.
  (input, turn) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    !turn.features.scansOwnSlots(
      (input.requestEnvelope.request as { intent: { name: string } }).intent.name,
    ) &&
    detectCrisisIn(slotValues(input)) !== undefined,
  (turn, input) => {
    turn.deps.metrics.count('CrisisInSlot');
    return respondToCrisis(turn, detectCrisisIn(slotValues(input))!);
  },
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

export const crisisNoHandler = handler(
  (input, turn) => isIntent(input, 'AMAZON.NoIntent') && turn.dialogIs(CRISIS_DIALOG),
  // Ending here drops anything held for "keep my note": unsaved unless asked, as promised.
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
  crisisIntentHandler,
  crisisScanHandler,
  crisisRepeatHandler,
  crisisNoHandler,
  keepNoteHandler,
];
