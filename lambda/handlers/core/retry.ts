import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { getRequestType } from '../../alexa/sdk';
import type { IntentRequest, Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { isIntent } from '../flow';
import { coreDialogSchema, RETRY_DIALOG } from './dialogs';

/**
 * Nothing said is lost to a database fault. When a request that carried words (slot values)
 * fails because the table could not be reached, the skill keeps the request itself in the
 * session, says so plainly and offers to try again; "yes" replays it exactly as it was said,
 * once the database answers. (The note engine holds its parts itself, more finely.)
 */
export { RETRY_DIALOG };
/** Per slot value kept; dictated parts are capped lower than this by the features anyway. */
const MAX_HELD_VALUE = 2000;

const heldRequestSchema = z.lazy(() =>
  z.object({
    intent: z.string(),
    slots: z.record(z.string(), z.object({ value: z.string(), id: z.optional(z.string()) })),
    /** What the skill had asked before the failed turn, restored for the replay. */
    dialog: z.optional(z.looseObject({ kind: z.string() })),
  }),
);
type HeldRequest = z.infer<typeof heldRequestSchema>;

/** Intents that carry no words of the user's own: nothing to keep. */
const NOTHING_TO_KEEP = /^AMAZON\./;

function spokenSlots(request: IntentRequest): HeldRequest['slots'] {
  const slots: HeldRequest['slots'] = {};
  for (const [name, slot] of Object.entries(request.intent.slots ?? {})) {
    if (typeof slot?.value !== 'string' || slot.value.trim() === '') continue;
    const id = slot.resolutions?.resolutionsPerAuthority?.find((a) => a.status?.code === 'ER_SUCCESS_MATCH')
      ?.values?.[0]?.value?.id;
    slots[name] = { value: slot.value.slice(0, MAX_HELD_VALUE), ...(id ? { id } : {}) };
  }
  return slots;
}

/**
 * Called by the error handler for storage faults: keeps the request when it carried words.
 * Returns the answer to speak, or undefined when there was nothing of the user's to keep.
 */
export function holdForRetry(input: HandlerInput, turn: Turn): Response | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest' || NOTHING_TO_KEEP.test(request.intent.name)) return undefined;
  const slots = spokenSlots(request);
  if (Object.keys(slots).length === 0) return undefined;
  const held: HeldRequest = { intent: request.intent.name, slots, dialog: turn.initialDialog };
  turn.session.retry = held;
  turn.setDialog({ kind: RETRY_DIALOG });
  turn.deps.metrics.count('RequestHeldForRetry');
  return turn.ask(turn.t.common.heldForRetry, turn.t.common.heldForRetryReprompt);
}

function heldOf(turn: Turn): HeldRequest | undefined {
  const parsed = heldRequestSchema.safeParse(turn.session.retry);
  return parsed.success ? parsed.data : undefined;
}

/** "Yes" to "shall I try again?": the held request replaces this one before handlers see it. */
export const replayInterceptor = (turnOf: (input: HandlerInput) => Turn): RequestInterceptor => ({
  process: (input) => {
    if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return;
    const turn = turnOf(input);
    if (!turn.dialogIs(RETRY_DIALOG) || !isIntent(input, 'AMAZON.YesIntent')) return;
    const held = heldOf(turn);
    if (!held) return;
    const request = input.requestEnvelope.request as IntentRequest;
    request.intent = {
      name: held.intent,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(
        Object.entries(held.slots).map(([name, slot]) => [
          name,
          {
            name,
            value: slot.value,
            confirmationStatus: 'NONE',
            ...(slot.id
              ? {
                  resolutions: {
                    resolutionsPerAuthority: [
                      {
                        authority: 'held',
                        status: { code: 'ER_SUCCESS_MATCH' },
                        values: [{ value: { name: slot.value, id: slot.id } }],
                      },
                    ],
                  },
                }
              : {}),
          },
        ]),
      ),
    } as IntentRequest['intent'];
    delete turn.session.retry;
    turn.setDialog(held.dialog as Turn['session']['dialog']);
  },
});

/** "No" to "shall I try again?": let it go, and say so. */
export const declineRetryHandler = defineHandler({
  name: 'core.declineRetry',
  intents: ['AMAZON.NoIntent'],
  dialog: { schema: coreDialogSchema, kinds: [RETRY_DIALOG] },
  needs: 'nothing',
  handle: ({ turn }) => {
    delete turn.session.retry;
    turn.setDialog(undefined);
    return turn.ask(turn.t.common.retryDeclined, turn.t.common.tryAgainReprompt);
  },
});
