import type { Skill } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createLambdaHandler, MAX_RESPONSE_BYTES } from '../../lambda/entry';
import { MAX_SPEECH_CHARS } from '../../lambda/speech/ssml';
import { capturingLogger, type CapturedLog } from '../support/harness';

const SKILL_ID = 'amzn1.ask.skill.entry-test';

function envelope(applicationId = SKILL_ID) {
  return {
    version: '1.0',
    session: {
      new: true,
      sessionId: 's',
      application: { applicationId },
      attributes: {},
      user: { userId: 'u' },
    },
    context: { System: { application: { applicationId }, user: { userId: 'u' } } },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: new Date().toISOString(), locale: 'en-GB' },
  };
}

function entryAround(reply: () => Promise<ResponseEnvelope>) {
  const logs: CapturedLog[] = [];
  const metrics: string[] = [];
  const skill = { invoke: reply } as unknown as Skill;
  const handler = createLambdaHandler(skill, {
    skillId: SKILL_ID,
    logger: capturingLogger(logs),
    metrics: { count: (name) => void metrics.push(name) },
  });
  return { handler, logs, metrics };
}

const speak = (text: string) => ({ type: 'SSML' as const, ssml: `<speak>${text}</speak>` });

describe('the Lambda entry enforces Alexa’s limits on the way out', () => {
  it('replaces speech over 8,000 characters with a short apology, keeping the session and its memory', async () => {
    const { handler, metrics } = entryAround(async () => ({
      version: '1.0',
      response: { outputSpeech: speak('a'.repeat(MAX_SPEECH_CHARS + 1)), shouldEndSession: false },
      sessionAttributes: { dialog: { kind: 'notes.dictating' } },
    }));

    const reply = await handler(envelope());

    expect(JSON.stringify(reply.response.outputSpeech)).toMatch(/Sorry/);
    expect(reply.response.shouldEndSession).toBe(false);
    expect(reply.response.reprompt).toBeDefined();
    expect(reply.sessionAttributes).toEqual({ dialog: { kind: 'notes.dictating' } });
    expect(metrics).toContain('SpeechTooLong');
  });

  it('replaces a response over 24 KB, keeping the session open', async () => {
    const { handler, metrics } = entryAround(async () => ({
      version: '1.0',
      response: { outputSpeech: speak('Hello.'), shouldEndSession: false },
      sessionAttributes: { held: 'x'.repeat(MAX_RESPONSE_BYTES) },
    }));

    const reply = await handler(envelope());

    expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(MAX_RESPONSE_BYTES);
    expect(reply.response.shouldEndSession).toBe(false);
    expect(metrics).toContain('ResponseTooLarge');
  });

  it('turns an exception from the skill into a kind answer and logs its name only', async () => {
    const { handler, logs } = entryAround(async () => {
      throw new TypeError('words the user said');
    });

    const reply = await handler(envelope());

    expect(JSON.stringify(reply.response.outputSpeech)).toMatch(/something went wrong/);
    expect(JSON.stringify(logs)).toContain('TypeError');
    expect(JSON.stringify(logs)).not.toContain('words the user said');
  });

  it('refuses another skill’s request without invoking the skill', async () => {
    let invoked = false;
    const { handler } = entryAround(async () => {
      invoked = true;
      return { version: '1.0', response: {} };
    });

    const reply = await handler(envelope('amzn1.ask.skill.other'));

    expect(invoked).toBe(false);
    expect(JSON.stringify(reply.response.outputSpeech)).toMatch(/different skill/);
  });
});
