import type { Response } from 'ask-sdk-model';
import { isSetUp, partnerForVoice, type Partner } from '../../domain/household';
import type { Turn } from '../../turn';
import { handler, isRequestType, type LaunchOffer } from '../flow';

/** Opening the skill: first-run setup, linking a new voice, a feature's offer, or a greeting. */
export function launchHandler(offers: LaunchOffer[]) {
  const ordered = [...offers].sort((a, b) => a.priority - b.priority);
  return handler(
    (input) => isRequestType(input, 'LaunchRequest'),
    (turn) => openSkill(turn, ordered),
  );
}

export async function openSkill(turn: Turn, offers: LaunchOffer[]): Promise<Response> {
  const { common } = turn.t;
  const household = await turn.household();
  if (!isSetUp(household)) {
    turn.setDialog({ kind: 'setup.names' });
    return turn.ask(
      common.speech(common.welcomeNew, common.privacyIntro, common.askNames),
      common.askNamesReprompt,
    );
  }
  const [a, b] = household.partners as [Partner, Partner];
  if (turn.voiceId && !partnerForVoice(household, turn.voiceId)) {
    turn.setDialog({ kind: 'identify', then: 'launch', args: {} });
    return turn.ask(
      common.speech(common.greeting([a.name, b.name]), common.askWhoIsSpeaking(a.name, b.name)),
      common.askWhoIsSpeakingReprompt(a.name, b.name),
    );
  }
  return greet(turn, offers);
}

/** The greeting once we know the household (and, when we can, the speaker). */
export async function greet(
  turn: Turn,
  offers: LaunchOffer[],
  prefix?: ReturnType<Turn['t']['common']['speech']>,
) {
  const { common } = turn.t;
  const household = (await turn.setUpHousehold())!;
  const speaker = await turn.speaker();
  const names = speaker ? [speaker.name] : household.partners.map((p) => p.name);
  const hello = prefix ?? common.greeting(names);
  for (const offer of offers) {
    const found = await offer.offer(turn, household, speaker);
    if (found) {
      turn.setDialog(found.dialog);
      return turn.ask(common.speech(hello, found.speech), found.reprompt);
    }
  }
  turn.setDialog(undefined);
  return turn.ask(common.speech(hello, common.whatNext), common.whatNextReprompt);
}
