import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../../alexa/sdk';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { HelpLine, Turn } from '../../turn';
import { defineHandler } from '../define';
import { goodbye, isIntent } from '../flow';
import { checkinHint, fallbackHint } from './fallback-hints';
import { askAgain, identifyDialog } from './identify';
import { pendingPrompt } from './pending-prompt';

/** Help, Stop/Cancel/NavigateHome, Fallback, SessionEnded, and the catch-all for anything unknown. */

/**
 * Help. In the middle of something, the feature whose moment it is says what can be said right
 * now (its `help` hook), and the question still waiting comes back; otherwise the general help,
 * and still back to a waiting question rather than dropping it.
 */
export const helpHandler = defineHandler({
  name: 'core.help',
  intents: ['AMAZON.HelpIntent'],
  needs: 'nothing',
  handle: async ({ turn }) => {
    const { common } = turn.t;
    const waiting = pendingPrompt(turn);
    const moment = await momentHelp(turn);
    if (moment) {
      if (waiting) return turn.ask(common.speech(moment.say, waiting), waiting);
      if (moment.ask) return turn.ask(common.speech(moment.say, moment.ask), moment.ask);
      return turn.tell(moment.say);
    }
    if (waiting) return turn.ask(common.speech(common.help, common.backTo, waiting), waiting);
    turn.setDialog(undefined);
    return turn.ask(common.speech(common.help, common.helpReprompt), common.helpReprompt);
  },
});

/** The first line a feature gives for this moment; a feature that cannot tell gives none. */
async function momentHelp(turn: Turn): Promise<HelpLine | undefined> {
  for (const hook of turn.features.helpHooks) {
    const line = await Promise.resolve()
      .then(() => hook(turn))
      .catch((error: unknown) => {
        turn.logger.warn('help hook failed', { errorName: (error as Error)?.name });
        return undefined;
      });
    if (line) return line;
  }
  return undefined;
}

export const stopHandler = defineHandler({
  name: 'core.stop',
  intents: ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
  needs: 'nothing',
  handle: ({ turn }) => turn.tell(goodbye(turn)),
});

/** Fallback says what can be said right now: the waiting question with a hint, or the check-in's commands. */
export const fallbackHandler = defineHandler({
  name: 'core.fallback',
  intents: ['AMAZON.FallbackIntent'],
  needs: 'nothing',
  handle: async ({ turn }) => {
    const { common } = turn.t;
    if (identifyDialog(turn)) {
      const household = await turn.setUpHousehold();
      if (household) return askAgain(turn, household, common.didNotCatch);
    }
    const waiting = pendingPrompt(turn);
    if (waiting) {
      return turn.ask(common.speech(common.didNotCatch, fallbackHint(turn), waiting), waiting);
    }
    const inCheckin = await checkinHint(turn).catch(() => undefined);
    if (inCheckin) return turn.ask(common.speech(common.didNotCatch, inCheckin), inCheckin);
    return turn.ask(common.fallback, common.fallbackReprompt);
  },
});

/** "Repeat that" when no feature has anything to repeat. */
export const nothingToRepeatHandler = defineHandler({
  name: 'core.nothingToRepeat',
  intents: ['AMAZON.RepeatIntent'],
  needs: 'nothing',
  handle: ({ turn }) => {
    const waiting = pendingPrompt(turn);
    if (waiting) return turn.ask(waiting, waiting);
    return turn.ask(turn.t.common.nothingToRepeat, turn.t.common.fallbackReprompt);
  },
});

/** A yes or no that no feature claimed: the skill lost track of the question. */
export const strayYesNoHandler = defineHandler({
  name: 'core.strayYesNo',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  needs: 'nothing',
  // Most often the answer to "Anything else?": no is a goodbye, yes asks what they would like.
  handle: ({ turn, input }) => {
    turn.setDialog(undefined);
    if (isIntent(input, 'AMAZON.NoIntent')) return turn.tell(goodbye(turn));
    return turn.ask(turn.t.common.whatNext, turn.t.common.whatNextReprompt);
  },
});

/**
 * Runs every feature's session-end hook. Called on SessionEndedRequest and also whenever the skill's
 * own response ends the session, because Alexa sends no SessionEndedRequest after that.
 */
export async function runSessionEndHooks(turn: Turn): Promise<void> {
  for (const hook of turn.features.sessionEndHooks) {
    try {
      await hook(turn);
    } catch (error) {
      turn.logger.warn('session-end hook failed', { errorName: (error as Error)?.name });
    }
  }
}

export const sessionEndedHandler = defineHandler({
  name: 'core.sessionEnded',
  requestTypes: ['SessionEndedRequest'],
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.error) {
      // The reason and error type only: Alexa's message can quote what was said.
      turn.logger.warn('session ended with an error', {
        reason: request.reason,
        errorType: request.error.type,
      });
      turn.deps.metrics.count('SessionEndedWithError');
    } else {
      turn.logger.info('session ended', { reason: request.reason });
    }
    await runSessionEndHooks(turn);
    return input.responseBuilder.getResponse();
  },
});

/** Unknown intents get a kind answer; other unknown requests (events, notices) get an empty one. */
export const catchAllHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => {
    const type = getRequestType(input.requestEnvelope);
    if (type === 'IntentRequest' || type === 'CanFulfillIntentRequest') {
      const turn = (input.attributesManager.getRequestAttributes().__turn as Turn | undefined) ?? undefined;
      if (turn) {
        turn.deps.metrics.count('UnhandledIntent');
        return turn.ask(turn.t.common.fallback, turn.t.common.fallbackReprompt);
      }
    }
    return input.responseBuilder.getResponse();
  },
};
