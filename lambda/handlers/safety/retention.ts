import { DEFAULT_RETENTION_DAYS } from '../../domain/household';
import { isAllowedRetention, retentionDaysFrom, withRetention } from '../../domain/safety/retention';
import { defineHandler } from '../define';
import { slot, slotId } from '../flow';

/** "Keep our notes for three months", "how long do you keep our notes", "what do you keep about us". */

const setRetentionHandler = defineHandler({
  name: 'safety.setRetention',
  intents: ['SetRetentionIntent'],
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    const { safety, common } = turn.t;
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
});

const retentionQueryHandler = defineHandler({
  name: 'safety.retentionQuery',
  intents: ['RetentionQueryIntent'],
  // Answered before setup too (the default retention).
  needs: 'nothing',
  handle: async ({ turn }) => {
    const { safety, common } = turn.t;
    const days = (await turn.household())?.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    turn.setDialog(undefined);
    return turn.ask(common.speech(safety.retentionIs(days), safety.anythingElse), common.whatNextReprompt);
  },
});

const privacyInfoHandler = defineHandler({
  name: 'safety.privacyInfo',
  intents: ['PrivacyInfoIntent'],
  // Answered before setup too (the default retention).
  needs: 'nothing',
  handle: async ({ turn }) => {
    const { safety, common } = turn.t;
    const days = (await turn.household())?.settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
    turn.setDialog(undefined);
    return turn.ask(common.speech(safety.privacyInfo(days), safety.anythingElse), common.whatNextReprompt);
  },
});

export const retentionHandlers = [setRetentionHandler, retentionQueryHandler, privacyInfoHandler];
