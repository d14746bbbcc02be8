import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from '../../alexa/sdk';
import type { Intent, Response, Slot } from 'ask-sdk-model';
import type { Turn } from '../../turn';

/**
 * "Who are the two of you?" and "Is this Alex or Sam?" are answered with a bare name, so the
 * name is taken by slot elicitation (Dialog.ElicitSlot with the slot's own samples in the
 * dialog model): a bare name is only a name when a name was asked for, and there is no
 * top-level "{name}" sample to swallow other speech. Every place that asks sets one of these
 * dialogs; this adds the directive to any response that keeps listening for the answer.
 */
export const ELICITED_NAME_SLOTS: Record<string, { intent: string; slot: string }> = {
  'setup.names': { intent: 'SetupNamesIntent', slot: 'firstName' },
  'setup.second': { intent: 'SetupNamesIntent', slot: 'secondName' },
  identify: { intent: 'IdentifySpeakerIntent', slot: 'name' },
  'week.pendingWho': { intent: 'IdentifySpeakerIntent', slot: 'name' },
};
const SLOTS: Record<string, string[]> = {
  SetupNamesIntent: ['firstName', 'secondName'],
  IdentifySpeakerIntent: ['name'],
};

export function elicitNameSlot(input: HandlerInput, turn: Turn, response: Response | undefined): void {
  const kind = turn.session.dialog?.kind;
  const target = kind ? ELICITED_NAME_SLOTS[kind] : undefined;
  if (!response || !target || response.shouldEndSession === true || !response.reprompt) return;
  // Dialog directives answer a launch or an intent only, and never beside another one.
  if (!['LaunchRequest', 'IntentRequest'].includes(getRequestType(input.requestEnvelope))) return;
  if ((response.directives ?? []).some((d) => d.type.startsWith('Dialog.'))) return;
  const first = kind === 'setup.second' ? String(turn.session.dialog?.first ?? '') : '';
  const slots: Record<string, Slot> = {};
  for (const name of SLOTS[target.intent]!) {
    slots[name] = {
      name,
      confirmationStatus: 'NONE',
      ...(name === 'firstName' && first ? { value: first } : {}),
    };
  }
  const updatedIntent: Intent = { name: target.intent, confirmationStatus: 'NONE', slots };
  response.directives = [
    ...(response.directives ?? []),
    { type: 'Dialog.ElicitSlot', slotToElicit: target.slot, updatedIntent },
  ];
}
