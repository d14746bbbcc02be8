import {
  SkillBuilders,
  type RequestHandler,
  type RequestInterceptor,
  type ResponseInterceptor,
  type Skill,
} from 'ask-sdk-core';
import {
  catchAllHandler,
  fallbackHandler,
  helpHandler,
  nothingToRepeatHandler,
  runSessionEndHooks,
  sessionEndedHandler,
  stopHandler,
  strayYesNoHandler,
} from './handlers/core/basics';
import { errorHandler } from './handlers/core/errors';
import { launchHandler } from './handlers/core/launch';
import { elicitNameSlot } from './handlers/core/name-elicitation';
import { rememberPendingPrompt } from './handlers/core/pending-prompt';
import { declineRetryHandler, replayInterceptor } from './handlers/core/retry';
import { setupHandlers } from './handlers/core/setup';
import type { LaunchOffer } from './handlers/flow';
import { checkinFeature } from './handlers/checkin';
import { notesFeature } from './handlers/notes';
import { weekFeature } from './handlers/week';
import { safetyFeature } from './handlers/safety';
import { timeoutFeature } from './handlers/timeout';
import { attachTurn, Turn, turnOf, type SkillDeps } from './turn';

/** A feature contributes handlers (tried in order) and, optionally, offers spoken at launch. */
export interface Feature {
  handlers: RequestHandler[];
  launchOffers?: LaunchOffer[];
}

function turnInterceptor(deps: SkillDeps): RequestInterceptor {
  return { process: (input) => attachTurn(input, new Turn(input, deps)) };
}

/**
 * Before the response leaves: write anything queued with `turn.defer`, and when this response
 * ends the session, give held work its last chance to be saved (Alexa will not send a
 * SessionEndedRequest after a response that ends the session itself). A question asking for
 * a name gets its name slot elicited.
 */
const finishTurnInterceptor: ResponseInterceptor = {
  process: async (input, response) => {
    const turn = turnOf(input);
    try {
      await turn.flushDeferred();
    } catch (error) {
      turn.logger.warn('could not write a deferred change', { errorName: (error as Error)?.name });
    }
    if (response?.shouldEndSession === true) await runSessionEndHooks(turn);
    rememberPendingPrompt(turn, response);
    elicitNameSlot(input, turn, response);
  },
};

/**
 * The skill: safety first (a crisis phrase wins over everything), then the features (the
 * time-out first among them: it is the hard moment), then
 * the core handlers, then a catch-all so nothing unknown ever goes unanswered.
 */
export function buildSkill(deps: SkillDeps): Skill {
  const features: Feature[] = [
    safetyFeature(deps),
    timeoutFeature(deps),
    checkinFeature(deps),
    notesFeature(deps),
    weekFeature(deps),
  ];
  const offers = features.flatMap((f) => f.launchOffers ?? []);
  return SkillBuilders.custom()
    .addRequestInterceptors(turnInterceptor(deps), replayInterceptor(turnOf))
    .addRequestHandlers(
      declineRetryHandler,
      ...features.flatMap((f) => f.handlers),
      launchHandler(offers),
      ...setupHandlers(offers),
      helpHandler,
      stopHandler,
      fallbackHandler,
      nothingToRepeatHandler,
      strayYesNoHandler,
      sessionEndedHandler,
      catchAllHandler,
    )
    .addResponseInterceptors(finishTurnInterceptor)
    .addErrorHandlers(errorHandler(deps.logger, deps.metrics))
    .withCustomUserAgent('between-us')
    .create();
}
