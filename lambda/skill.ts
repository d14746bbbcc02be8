import type { RequestInterceptor, ResponseInterceptor, Skill } from 'ask-sdk-core';
import { SkillBuilders } from './alexa/sdk';
import { coreFeature, catchAllHandler, runSessionEndHooks } from './handlers/core';
import { RecentTimeZones } from './alexa/time-zones';
import { errorHandler } from './handlers/core/errors';
import { elicitNameSlot } from './handlers/core/name-elicitation';
import { rememberPendingPrompt } from './handlers/core/pending-prompt';
import { declineRetryHandler, replayInterceptor } from './handlers/core/retry';
import { checkinFeature } from './handlers/checkin';
import { notesFeature } from './handlers/notes';
import { weekFeature } from './handlers/week';
import { safetyFeature } from './handlers/safety';
import { timeoutFeature } from './handlers/timeout';
import { buildRegistry, type Feature } from './feature';
import { attachTurn, Turn, turnOf, type FeatureRegistry, type SkillDeps } from './turn';

function turnInterceptor(deps: SkillDeps, registry: FeatureRegistry): RequestInterceptor {
  return { process: (input) => attachTurn(input, new Turn(input, deps, registry)) };
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

/** The skill's features in the order their handlers are tried, `extra` (tests) just before the core. */
export function skillFeatures(extra: Feature[] = []): Feature[] {
  return [
    safetyFeature(),
    timeoutFeature(),
    checkinFeature(),
    notesFeature(),
    weekFeature(),
    ...extra,
    coreFeature(),
  ];
}

/**
 * The skill, built from its dependencies. The features, in the order their handlers are tried
 * (safety first: a crisis wins over everything; then the time-out, the hard moment; the core
 * last), are merged into one registry given to every turn; a catch-all comes last so nothing
 * unknown ever goes unanswered. `extra` features (tests) are tried just before the core.
 */
export function buildSkill(deps: SkillDeps, extra: Feature[] = []): Skill {
  const features = skillFeatures(extra);
  const registry = buildRegistry(features);
  // What the skill remembers between requests is its own: two skills in one process share nothing.
  deps = { ...deps, timeZones: deps.timeZones ?? new RecentTimeZones() };
  return SkillBuilders.custom()
    .addRequestInterceptors(turnInterceptor(deps, registry), replayInterceptor(turnOf))
    .addRequestHandlers(declineRetryHandler, ...features.flatMap((f) => f.handlers), catchAllHandler)
    .addResponseInterceptors(finishTurnInterceptor)
    .addErrorHandlers(errorHandler(deps.logger, deps.metrics))
    .withCustomUserAgent('between-us')
    .create();
}
