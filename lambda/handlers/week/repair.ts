import { MAX_REPAIR_PHRASE } from '../../domain/week/slice';
import { defineHandler } from '../define';
import { slot } from '../flow';
import { andAnythingElse, heldAnswer, saveDictated } from './common';

/**
 * The repair phrase is asked for in the middle of a conflict: the answer is the phrase, after
 * a short pause, spoken a little slower, and nothing else; the session then ends.
 */
export const repairPhraseHandler = defineHandler({
  name: 'week.repairPhrase',
  intents: ['RepairPhraseIntent'],
  needs: 'household',
  handle: async ({ turn, household }) => {
    const phrase = household.week.repairPhrase?.text;
    return turn.tell(phrase ? turn.t.week.repairPhrase(phrase) : turn.t.week.noRepairPhrase);
  },
});

export const setRepairPhraseHandler = defineHandler({
  name: 'week.setRepairPhrase',
  intents: ['SetRepairPhraseIntent'],
  needs: 'household',
  handle: async ({ turn, input }) => {
    const phrase = slot(input, 'phrase');
    if (!phrase) {
      turn.setDialog({ kind: 'week.repair' });
      return turn.ask(turn.t.week.repairPhraseAsk, turn.t.week.repairPhraseAskReprompt);
    }
    if (phrase.length > MAX_REPAIR_PHRASE) {
      turn.setDialog({ kind: 'week.repair' });
      return turn.ask(turn.t.week.repairPhraseTooLong, turn.t.week.repairPhraseAskReprompt);
    }
    const saved = await saveDictated(turn, { kind: 'repair', text: phrase, at: turn.now.toISOString() });
    if (!saved) return heldAnswer(turn);
    turn.logger.info('repair phrase saved');
    return andAnythingElse(turn, turn.t.week.repairPhraseSaved(phrase));
  },
});

export const changeRepairPhraseHandler = defineHandler({
  name: 'week.changeRepairPhrase',
  intents: ['ChangeRepairPhraseIntent'],
  needs: 'household',
  handle: async ({ turn }) => {
    turn.setDialog({ kind: 'week.repair' });
    return turn.ask(turn.t.week.repairPhraseAsk, turn.t.week.repairPhraseAskReprompt);
  },
});
