import type { Response } from 'ask-sdk-model';
import { findPartnerByName, otherPartner, type Household, type Partner } from '../../domain/household';
import type { LaunchOffer, Turn } from '../../turn';
import { defineHandler } from '../define';
import { askSetupFirst, isIntent, slot } from '../flow';
import { weekDialogSchema } from './dialogs';
import { saveAppreciation } from './appreciation';
import { saveStep } from './focus';

export async function filePending(turn: Turn, speaker: Partner): Promise<Response> {
  // Everything may have been deleted from the other Echo while this dialog was open.
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const pending = household.week.pending;
  if (!pending) {
    turn.setDialog(undefined);
    return turn.ask(turn.t.common.whatNext, turn.t.common.whatNextReprompt);
  }
  return pending.kind === 'appreciation'
    ? saveAppreciation(turn, speaker, pending.text)
    : saveStep(turn, speaker, pending.text);
}

/** At launch: something dictated earlier is still waiting for its author. */
export const pendingLaunchOffer: LaunchOffer = {
  priority: 55,
  async offer(turn, household, speaker) {
    const pending = household.week.pending;
    if (!pending) return undefined;
    const [a, b] = household.partners;
    if (speaker) {
      return {
        speech: turn.t.week.pendingMine(pending.kind, pending.text, speaker.name),
        reprompt: turn.t.week.pendingMineReprompt(speaker.name),
        dialog: { kind: 'week.pendingMine' },
      };
    }
    return {
      speech: turn.t.week.pendingWho(pending.kind, pending.text, a!.name, b!.name),
      reprompt: turn.t.common.askWhoIsSpeakingReprompt(a!.name, b!.name),
      dialog: { kind: 'week.pendingWho' },
    };
  },
};

/** "Was it yours, Sam?" With two partners, no means the other one. */
export const pendingMineHandler = defineHandler({
  name: 'week.pendingMine',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.pendingMine'] },
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    const speaker = await turn.speaker();
    if (!speaker) return filePendingByName(turn, household, undefined);
    const author = isIntent(input, 'AMAZON.YesIntent') ? speaker : otherPartner(household, speaker.id);
    return filePending(turn, author);
  },
});

/** "Who said it, Alex or Sam?" answered by name: files it without linking this voice to anyone. */
export const pendingWhoHandler = defineHandler({
  name: 'week.pendingWho',
  intents: ['IdentifySpeakerIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.pendingWho'] },
  needs: 'household',
  handle: ({ turn, input, household }) => filePendingByName(turn, household, slot(input, 'name')),
});

async function filePendingByName(
  turn: Turn,
  household: Household,
  name: string | undefined,
): Promise<Response> {
  const author = findPartnerByName(household, name);
  if (!author) {
    const [a, b] = household.partners;
    turn.setDialog({ kind: 'week.pendingWho' });
    return turn.ask(
      turn.t.common.notAPartner(a!.name, b!.name),
      turn.t.common.askWhoIsSpeakingReprompt(a!.name, b!.name),
    );
  }
  return filePending(turn, author);
}
