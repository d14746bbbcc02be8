import { MAX_RESPONSE_BYTES } from '../../lambda/entry';
import { MAX_SPEECH_CHARS } from '../../lambda/speech/ssml';
import { xmlProblem } from './xml';

/** What Alexa itself would reject in a response envelope. Returns every problem found. */
export function responseProblems(reply: unknown): string[] {
  const problems: string[] = [];
  if (typeof reply !== 'object' || reply === null) return ['the reply is not an object'];
  const envelope = reply as Record<string, unknown>;
  if (envelope.version !== '1.0') problems.push(`version is ${JSON.stringify(envelope.version)}`);
  const response = envelope.response as Record<string, unknown> | undefined;
  if (typeof response !== 'object' || response === null) return [...problems, 'no response object'];
  if (
    envelope.sessionAttributes !== undefined &&
    (typeof envelope.sessionAttributes !== 'object' ||
      envelope.sessionAttributes === null ||
      Array.isArray(envelope.sessionAttributes))
  ) {
    problems.push('sessionAttributes is not an object');
  }
  const speeches: [string, unknown][] = [
    ['outputSpeech', response.outputSpeech],
    ['reprompt', (response.reprompt as { outputSpeech?: unknown } | undefined)?.outputSpeech],
  ];
  for (const [where, speech] of speeches) {
    if (speech === undefined) continue;
    const s = speech as { type?: unknown; ssml?: unknown };
    if (s.type !== 'SSML') {
      problems.push(`${where} type is ${JSON.stringify(s.type)}, not SSML`);
      continue;
    }
    if (typeof s.ssml !== 'string') {
      problems.push(`${where} has no SSML string`);
      continue;
    }
    if (!/^<speak>[\s\S]*<\/speak>$/.test(s.ssml))
      problems.push(`${where} is not wrapped in <speak>…</speak>`);
    if (s.ssml.length > MAX_SPEECH_CHARS) problems.push(`${where} is ${s.ssml.length} characters`);
    const xml = xmlProblem(s.ssml);
    if (xml) problems.push(`${where} is not well-formed XML: ${xml}`);
  }
  if (
    response.shouldEndSession !== undefined &&
    response.shouldEndSession !== null &&
    typeof response.shouldEndSession !== 'boolean'
  ) {
    problems.push('shouldEndSession is not a boolean');
  }
  if (response.directives !== undefined && !Array.isArray(response.directives)) {
    problems.push('directives is not a list');
  }
  const bytes = Buffer.byteLength(JSON.stringify(reply), 'utf8');
  if (bytes > MAX_RESPONSE_BYTES) problems.push(`the response is ${bytes} bytes`);
  return problems;
}

/** The spoken SSML of a reply, or '' when it says nothing. */
export function ssmlOf(reply: unknown): string {
  const speech = (reply as { response?: { outputSpeech?: { ssml?: unknown } } } | null)?.response
    ?.outputSpeech;
  return typeof speech?.ssml === 'string' ? speech.ssml : '';
}
