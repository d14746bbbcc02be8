import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType, getSlotValue } from '../alexa/sdk';
import type { Response } from 'ask-sdk-model';
import type { Partner } from '../domain/household';
import type { Ssml } from '../speech/ssml';
import type { Turn } from '../turn';

/** Shared plumbing for handlers: matching requests, asking who is speaking, and launch offers. */

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    names.includes(getIntentName(input.requestEnvelope))
  );
}

export function isRequestType(input: HandlerInput, ...types: string[]): boolean {
  return types.includes(getRequestType(input.requestEnvelope));
}

/** A slot's spoken value, trimmed; undefined when missing or empty. */
export function slot(input: HandlerInput, name: string): string | undefined {
  try {
    const value = getSlotValue(input.requestEnvelope, name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical ID of an entity-resolved slot value (custom slot types with synonyms). */
export function slotId(input: HandlerInput, name: string): string | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return undefined;
  const authorities = request.intent.slots?.[name]?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && authority.values?.[0]?.value?.id) {
      return authority.values[0].value.id;
    }
  }
  return undefined;
}

/** The answer to anything asked before the household is set up: first, the two names. */
export function askSetupFirst(turn: Turn): Response {
  const { common } = turn.t;
  turn.setDialog({ kind: 'setup.names' });
  return turn.ask(common.speech(common.needSetupFirst, common.askNames), common.askNamesReprompt);
}

/** Work to resume after the skill has asked who is speaking: a continuation of a feature, by name. */
export interface Continuation {
  name: string;
  args?: Record<string, unknown>;
}

/**
 * The speaker, or a response asking "Is this Alex or Sam?" that resumes `then` once answered.
 * Asked once per session; a recognized voice is linked the first time and known after that.
 */
export async function requireSpeaker(turn: Turn, then: Continuation): Promise<Partner | Response> {
  const known = await turn.speaker();
  if (known) return known;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const [a, b] = household.partners;
  turn.setDialog({ kind: 'identify', then: then.name, args: then.args ?? {} });
  return turn.ask(
    turn.t.common.askWhoIsSpeaking(a!.name, b!.name),
    turn.t.common.askWhoIsSpeakingReprompt(a!.name, b!.name),
  );
}

/** The goodbye for this session: the safe one once the crisis answer was given in it. */
export function goodbye(turn: Turn): Ssml {
  return turn.session.safeGoodbye ? turn.t.safety.crisisClose : turn.t.common.goodbye;
}

/**
 * The answer once something asked for is done. In a session the couple opened ("open Between
 * Us", then a request), it keeps listening with "Anything else?"; a one-shot ("ask Between Us
 * to ...") ends once done, as one-shots do, even if it asked something on the way. Exercises
 * that hand the room back to the couple (a check-in turn, a break, the closing words) and
 * goodbyes end without this.
 */
export function done(turn: Turn, said: Ssml): Response {
  if (turn.session.opened !== true) return turn.tell(said);
  const { common } = turn.t;
  turn.setDialog(undefined);
  return turn.ask(common.speech(said, common.anythingElse), common.anythingElseReprompt);
}
