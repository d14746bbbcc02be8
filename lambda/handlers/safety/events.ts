import type { HandlerInput } from 'ask-sdk-core';
import { defineHandler } from '../define';
import { deleteHouseholdData } from './data';

/**
 * AlexaSkillEvent.SkillDisabled (subscribed in skill.json): when the customer disables the
 * skill and Alexa reports that their data will not be kept (`NOT_PERSISTED`), the household's
 * whole record is deleted. With `PERSISTED` (they may re-enable and carry on) it is kept,
 * and it still expires under the household's retention.
 */
function persistenceStatus(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request as { body?: { userInformationPersistenceStatus?: unknown } };
  const status = request.body?.userInformationPersistenceStatus;
  return typeof status === 'string' ? status : undefined;
}

export const skillDisabledHandler = defineHandler({
  name: 'safety.skillDisabled',
  requestTypes: ['AlexaSkillEvent.SkillDisabled'],
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    const status = persistenceStatus(input);
    if (status === 'NOT_PERSISTED') {
      const counts = await deleteHouseholdData(turn);
      turn.deps.metrics.count('HouseholdDeletedOnDisable');
      turn.logger.info('skill disabled; household deleted', { ...counts });
    } else {
      turn.logger.info('skill disabled; household kept', { persistenceStatus: status ?? 'missing' });
    }
    return input.responseBuilder.getResponse();
  },
});
