import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlexaApiError } from '../../alexa/api';
import { describeError, type LoggerLike, type MetricsLike } from '../../logging';
import { ConcurrentUpdateError, CorruptItemError, StorageUnavailableError } from '../../storage/errors';
import { stringsFor } from '../../speech';
import { supportedLocale } from '../../domain/locale';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { holdForRetry } from './retry';

/**
 * Every error that escapes a handler is mapped here, by class, to a short kind answer and
 * one structured log line. Log lines carry error names and key paths, never what was said.
 */
export function errorHandler(logger: LoggerLike, metrics: MetricsLike): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input: HandlerInput, error: Error): Response => {
      const locale = supportedLocale((input.requestEnvelope.request as { locale?: string })?.locale);
      const { common } = stringsFor(locale);
      let speech: Ssml = common.somethingWentWrong;
      const turn = input.attributesManager.getRequestAttributes().__turn as Turn | undefined;
      let held: Response | undefined;
      if (error instanceof StorageUnavailableError) {
        speech = common.storageTrouble;
        metrics.count('StorageUnavailable');
        held = turn && holdForRetry(input, turn);
      } else if (error instanceof ConcurrentUpdateError) {
        speech = common.concurrentTrouble;
        metrics.count('ConcurrentUpdateGaveUp');
        held = turn && holdForRetry(input, turn);
      } else if (error instanceof CorruptItemError) {
        speech = common.corruptRecord;
        metrics.count('CorruptItem');
        logger.error('stored item failed validation', { itemKind: error.itemKind, paths: error.issuePaths });
      } else if (error instanceof AlexaApiError) {
        metrics.count('AlexaApiError');
      }
      metrics.count('HandlerError');
      logger.error('request failed', {
        ...describeError(error),
        requestType: input.requestEnvelope.request?.type,
        ...(turn?.handlerName ? { handler: turn.handlerName } : {}),
      });
      if (held) return held;
      const type = input.requestEnvelope.request?.type;
      if (
        type === 'SessionEndedRequest' ||
        type?.startsWith('AlexaSkillEvent.') ||
        type === 'System.ExceptionEncountered'
      ) {
        return input.responseBuilder.getResponse();
      }
      return input.responseBuilder
        .speak(speech.markup)
        .reprompt(common.tryAgainReprompt.markup)
        .getResponse();
    },
  };
}
