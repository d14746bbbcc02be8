import type { Response } from 'ask-sdk-model';
import type { Household } from '../../domain/household';
import { markRecapOffered } from '../../domain/week/plan';
import { hasLastWeek, recapFacts } from '../../domain/week/recap';
import type { LaunchOffer, Turn } from '../../turn';
import { defineHandler } from '../define';
import { isIntent } from '../flow';
import { weekDialogSchema } from './dialogs';
import { andAnythingElse, weekNow, writeWeek } from './common';

/** Last week's recap, spoken as "we". One GetItem: everything it says is in the household item. */
async function speakRecap(turn: Turn, household: Household): Promise<Response> {
  const { timeZone, week } = await weekNow(turn);
  const facts = recapFacts(household, week, timeZone);
  const { speech, asksToKeep } = turn.t.week.recap(facts);
  await markHeard(turn, household, week);
  turn.logger.info('last week recapped', {
    firstWeek: facts.firstWeek,
    quiet: facts.quiet,
    hadFocus: facts.focus !== undefined,
  });
  if (asksToKeep) {
    turn.setDialog({ kind: 'week.keepFocus' });
    return turn.ask(speech, turn.t.week.keepFocusReprompt);
  }
  if (!facts.thisWeekFocus) {
    turn.setDialog({ kind: 'week.focus' });
    return turn.ask(speech, turn.t.week.focusNeedChoiceReprompt);
  }
  return andAnythingElse(turn, speech);
}

/**
 * A recap heard by asking for it (a one-shot, "ask Between Us what was last week's focus")
 * counts as the week's offer, so the next launch does not offer it again. Written once a week.
 */
async function markHeard(turn: Turn, household: Household, week: string): Promise<void> {
  if (household.week.recapOfferedFor === week || !hasLastWeek(household, week)) return;
  try {
    await writeWeek(turn, (slice) => markRecapOffered(week)(slice));
  } catch (error) {
    // The recap is still spoken: at worst it is offered once more at the next launch.
    turn.logger.warn('could not mark the recap heard', { errorName: (error as Error)?.name });
  }
}

export const recapHandler = defineHandler({
  name: 'week.recap',
  intents: ['RecapLastWeekIntent'],
  needs: 'household',
  handle: async ({ turn, household }) => {
    return speakRecap(turn, household);
  },
});

export const recapOfferAnswerHandler = defineHandler({
  name: 'week.recapOfferAnswer',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.recapOffer'] },
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    if (isIntent(input, 'AMAZON.NoIntent')) {
      turn.setDialog(undefined);
      return turn.ask(turn.t.common.whatNext, turn.t.common.whatNextReprompt);
    }
    return speakRecap(turn, household);
  },
});

/**
 * On the first launch of a new week, offer last week's recap once. Marking it offered is the
 * launch turn's one write, which also rolls the week (archiving older weeks).
 */
export const recapLaunchOffer: LaunchOffer = {
  priority: 60,
  async offer(turn, household) {
    const { week } = await weekNow(turn);
    if (household.week.recapOfferedFor === week) return undefined;
    if (!hasLastWeek(household, week)) return undefined;
    try {
      await writeWeek(turn, (slice) => markRecapOffered(week)(slice));
    } catch (error) {
      // Not worth failing the launch over: at worst the recap is offered once more.
      turn.logger.warn('could not mark the recap offered', { errorName: (error as Error)?.name });
    }
    return {
      speech: turn.t.week.recapOffer,
      reprompt: turn.t.week.recapOfferReprompt,
      dialog: { kind: 'week.recapOffer' },
    };
  },
};
