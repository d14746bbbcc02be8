import type { HandlerInput } from 'ask-sdk-core';
import { detectCrisisIn, type CrisisMatch } from '../../domain/safety/crisis';
import { defineHandler } from '../define';
import { withCarriers } from './carriers';
import { respondToCrisis } from './respond';

/**
 * The safety gate: the one place where what a person said is scanned for danger, before any
 * feature can store it, echo it or act on it. Alexa hands the skill words only as slot values:
 * a dictated note part, an appreciation, a focus, a repair phrase, a good thing, a one-shot
 * carried by a SearchQuery slot. A request replayed after a database fault (core/retry.ts) is
 * put back in place by an interceptor before any handler runs, so its words pass here too.
 * Features never scan again; a feature that holds the words may offer "keep my note".
 */

/**
 * Every slot value of an intent request: what Alexa heard for each slot, and for a free-text
 * slot the same words with what Alexa stripped before them put back (carriers.ts).
 */
export function spokenTexts(input: HandlerInput): string[] {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return [];
  return Object.entries(request.intent.slots ?? {}).flatMap(([slot, s]) =>
    typeof s?.value === 'string' && s.value.trim() !== ''
      ? withCarriers(request.intent.name, slot, s.value)
      : [],
  );
}

const SCANNED = '__crisisScan';

/** The scan of this request, done once: `canHandle` and `handle` share it. */
export function scanRequest(input: HandlerInput): CrisisMatch | undefined {
  const attributes = input.attributesManager.getRequestAttributes();
  if (!(SCANNED in attributes)) attributes[SCANNED] = { match: detectCrisisIn(spokenTexts(input)) };
  return (attributes[SCANNED] as { match: CrisisMatch | undefined }).match;
}

export const crisisGateHandler = defineHandler({
  name: 'safety.crisisGate',
  when: (_turn, input) => scanRequest(input) !== undefined,
  // Before anything else, the household included: the answer must not wait on the database.
  needs: 'nothing',
  handle: ({ turn, input }) => {
    turn.deps.metrics.count('CrisisInText');
    const request = input.requestEnvelope.request as { intent: { name: string } };
    const keep = turn.features.keepOffer(request.intent.name)?.(turn, input);
    return respondToCrisis(turn, scanRequest(input)!, keep ? { keep } : {});
  },
});
