import type { Response } from 'ask-sdk-model';
import { isSetUp, partnerForVoice, type Partner } from '../../domain/household';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';

/** Opening the skill: first-run setup, linking a new voice, a feature's offer, or a greeting. */
export const launchHandler = defineHandler({
  name: 'core.launch',
  requestTypes: ['LaunchRequest'],
  // First run asks for the names with a welcome, not "first, your two names".
  needs: 'nothing',
  handle: ({ turn }) => openSkill(turn),
});

export async function openSkill(turn: Turn): Promise<Response> {
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
  return greet(turn);
}

/** The greeting once we know the household (and, when we can, the speaker), with the first feature offer. */
export async function greet(turn: Turn, prefix?: ReturnType<Turn['t']['common']['speech']>) {
  const { common } = turn.t;
  const household = (await turn.setUpHousehold())!;
  const speaker = await turn.speaker();
  const names = speaker ? [speaker.name] : household.partners.map((p) => p.name);
  const hello = prefix ?? common.greeting(names);
  for (const offer of turn.features.launchOffers) {
    const found = await offer.offer(turn, household, speaker);
    if (found) {
      turn.setDialog(found.dialog);
      return turn.ask(common.speech(hello, found.speech), found.reprompt);
    }
  }
  turn.setDialog(undefined);
  return turn.ask(common.speech(hello, common.whatNext), common.whatNextReprompt);
}
