import { DEFAULT_RETENTION_DAYS } from '../../domain/household';
import { isAllowedRetention, retentionDaysFrom, withRetention } from '../../domain/safety/retention';
import { askSetupFirst, handler, isIntent, slot, slotId } from '../flow';

/** "Keep our notes for three months", "how long do you keep our notes", "what do you keep about us". */

const setRetentionHandler = handler(
  (input) => isIntent(input, 'SetRetentionIntent'),
  async (turn, input) => {
    const { safety, common } = turn.t;
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const days = retentionDaysFrom({
      duration: slot(input, 'duration'),
      count: slot(input, 'count'),
      unit: slotId(input, 'unit') ?? slot(input, 'unit'),
    });
    turn.setDialog(undefined);
    if (days === undefined) return turn.ask(safety.retentionAsk, safety.retentionAskReprompt);
    if (!isAllowedRetention(days)) return turn.ask(safety.retentionOutOfRange, safety.retentionAskReprompt);
    if (household.settings.retentionDays === days) {
      return turn.ask(
        common.speech(safety.retentionAlready(days), safety.anythingElse),
        common.whatNextReprompt,
      );
    }
    await turn.update((h) => withRetention(h, days));
    turn.logger.info('retention changed', { days });
    return turn.ask(common.speech(safety.retentionSet(days), safety.anythingElse), common.whatNextReprompt);
  },
);

const retentionQueryHandler = handler(
  (input) => isIntent(input, 'RetentionQueryIntent'),
  async (turn) => {
    const { safety, common } = turn.t;
    const days = (await turn.household())?.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    turn.setDialog(undefined);
    return turn.ask(common.speech(safety.retentionIs(days), safety.anythingElse), common.whatNextReprompt);
  },
);

const privacyInfoHandler = handler(
  (input) => isIntent(input, 'PrivacyInfoIntent'),
  async (turn) => {
    const { safety, common } = turn.t;
    const days = (await turn.household())?.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    turn.setDialog(undefined);
    return turn.ask(common.speech(safety.privacyInfo(days), safety.anythingElse), common.whatNextReprompt);
  },
);

export const retentionHandlers = [setRetentionHandler, retentionQueryHandler, privacyInfoHandler];
