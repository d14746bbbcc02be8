import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { describeError, type LoggerLike, type MetricsLike } from './logging';
import { stringsFor } from './speech';
import { supportedLocale } from './domain/locale';
import { MAX_SPEECH_CHARS, type Ssml } from './speech/ssml';

/** Alexa rejects a response larger than this. */
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** The least an envelope must carry for the skill to answer it safely. */
const envelopeSchema = z.object({
  version: z.string(),
  context: z.object({
    System: z.object({
      application: z.object({ applicationId: z.string().check(z.minLength(1)) }),
      user: z.object({ userId: z.string().check(z.minLength(1)) }),
    }),
  }),
  request: z.object({
    type: z.string().check(z.minLength(1)),
    requestId: z.string(),
    timestamp: z.string(),
    locale: z.optional(z.string()),
  }),
  session: z.optional(
    z.object({
      application: z.optional(z.object({ applicationId: z.string() })),
      attributes: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

export interface EntryOptions {
  skillId: string | undefined;
  logger: LoggerLike;
  metrics: MetricsLike;
  /** Called after every request, e.g. to publish stored metrics. */
  afterRequest?: () => void;
}

function localeOf(event: unknown): ReturnType<typeof supportedLocale> {
  const locale = (event as { request?: { locale?: unknown } } | null)?.request?.locale;
  return supportedLocale(typeof locale === 'string' ? locale : undefined);
}

function spoken(speech: Ssml, endSession: boolean): ResponseEnvelope {
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: `<speak>${speech.markup}</speak>` },
      shouldEndSession: endSession,
    },
  };
}

function withReprompt(envelope: ResponseEnvelope, reprompt: Ssml): ResponseEnvelope {
  return {
    ...envelope,
    response: {
      ...envelope.response,
      reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${reprompt.markup}</speak>` } },
    },
  };
}

function speechLength(response: Response | undefined): number {
  const speech = response?.outputSpeech;
  const reprompt = response?.reprompt?.outputSpeech;
  const length = (s: typeof speech) =>
    s?.type === 'SSML' ? s.ssml.length : s?.type === 'PlainText' ? s.text.length : 0;
  return Math.max(length(speech), length(reprompt));
}

/**
 * The Lambda entry around the skill: refuses malformed envelopes and other skills' requests
 * with a clear answer, turns any escaped exception into a kind one, and enforces Alexa's
 * speech and size limits on the way out.
 */
export function createLambdaHandler(skill: Skill, options: EntryOptions) {
  const { logger, metrics } = options;
  return async (event: unknown, context?: unknown): Promise<ResponseEnvelope> => {
    const locale = localeOf(event);
    const { common } = stringsFor(locale);
    try {
      const parsed = envelopeSchema.safeParse(event);
      if (!parsed.success) {
        logger.warn('malformed request envelope', {
          paths: parsed.error.issues.map((i) => i.path.join('.')),
        });
        metrics.count('MalformedRequest');
        return spoken(common.badRequest, true);
      }
      const envelope = parsed.data;
      const claimed = [
        envelope.context.System.application.applicationId,
        envelope.session?.application?.applicationId,
      ];
      if (options.skillId && claimed.some((id) => id !== undefined && id !== options.skillId)) {
        logger.warn('request for another skill refused');
        metrics.count('WrongSkillId');
        return spoken(common.wrongSkill, true);
      }
      let result: ResponseEnvelope;
      try {
        result = await skill.invoke(event as RequestEnvelope, context);
      } catch (error) {
        logger.error('skill invocation failed', describeError(error));
        metrics.count('HandlerError');
        return spoken(common.somethingWentWrong, true);
      }
      if (speechLength(result.response) > MAX_SPEECH_CHARS) {
        logger.error('response speech over the limit; replaced', { chars: speechLength(result.response) });
        metrics.count('SpeechTooLong');
        return {
          ...withReprompt(spoken(common.somethingWentWrong, false), common.tryAgainReprompt),
          sessionAttributes: result.sessionAttributes,
        };
      }
      if (Buffer.byteLength(JSON.stringify(result), 'utf8') > MAX_RESPONSE_BYTES) {
        logger.error('response over 24 KB; replaced', {
          bytes: Buffer.byteLength(JSON.stringify(result), 'utf8'),
        });
        metrics.count('ResponseTooLarge');
        // Features cap what they keep in the session, so this is a last resort: the session
        // stays open (what is stored in the table is untouched), only its oversized memory goes.
        return withReprompt(spoken(common.somethingWentWrong, false), common.tryAgainReprompt);
      }
      return result;
    } finally {
      options.afterRequest?.();
    }
  };
}
