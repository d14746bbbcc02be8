import { MAX_REPAIR_PHRASE } from '../../domain/week/slice';
import { handler, isIntent, slot } from '../flow';
import { andAnythingElse, heldAnswer, isResponse, needHousehold, saveDictated } from './common';

/**
 * The repair phrase is asked for in the middle of a conflict: the answer is the phrase, after
 * a short pause, spoken a little slower, and nothing else; the session then ends.
 */
export const repairPhraseHandler = handler(
  (input) => isIntent(input, 'RepairPhraseIntent'),
  async (turn) => {
    const household = await needHousehold(turn);
    if (isResponse(household)) return household;
    const phrase = household.week.repairPhrase?.text;
    return turn.tell(phrase ? turn.t.week.repairPhrase(phrase) : turn.t.week.noRepairPhrase);
  },
);

export const setRepairPhraseHandler = handler(
  (input) => isIntent(input, 'SetRepairPhraseIntent'),
  async (turn, input) => {
    const household = await needHousehold(turn);
    if (isResponse(household)) return household;
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
);

export const changeRepairPhraseHandler = handler(
  (input) => isIntent(input, 'ChangeRepairPhraseIntent'),
  async (turn) => {
    const household = await needHousehold(turn);
    if (isResponse(household)) return household;
    turn.setDialog({ kind: 'week.repair' });
    return turn.ask(turn.t.week.repairPhraseAsk, turn.t.week.repairPhraseAskReprompt);
  },
);
