import type { Response } from 'ask-sdk-model';
import { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';

/**
 * The question the skill is waiting on, kept in the session so that "help", "repeat that" or
 * a misheard answer can come back to it instead of dropping it.
 */
const MAX_PROMPT_CHARS = 1500;
const ALLOWED_TAG = /<break time="\d+m?s"\/>|<\/?(say-as|prosody)( [a-z-]+="[a-z0-9%.-]+")*>/g;
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Session attributes round-trip through Alexa, so a stored prompt is spoken again only if it
 * is still markup of the kind the skill writes: known tags, balanced, escaped text.
 */
export function isSkillMarkup(markup: string): boolean {
  if (markup.length > MAX_PROMPT_CHARS || NOT_XML.test(markup)) return false;
  const open: string[] = [];
  for (const tag of markup.match(ALLOWED_TAG) ?? []) {
    const name = /^<\/?([a-z-]+)/.exec(tag)?.[1];
    if (!name || name === 'break') continue;
    if (tag.startsWith('</')) {
      if (open.pop() !== name) return false;
    } else open.push(name);
  }
  return open.length === 0 && !/[<>&]/.test(markup.replace(ALLOWED_TAG, '').replace(ENTITY, ''));
}

/** Remembers the reprompt of a response that keeps listening; forgets it otherwise. */
export function rememberPendingPrompt(turn: Turn, response: Response | undefined): void {
  const reprompt = response?.reprompt?.outputSpeech;
  const markup = reprompt?.type === 'SSML' ? reprompt.ssml.replace(/^<speak>|<\/speak>$/g, '') : undefined;
  if (response && response.shouldEndSession !== true && markup && isSkillMarkup(markup)) {
    turn.session.pendingPrompt = markup;
  } else {
    delete turn.session.pendingPrompt;
  }
}

/** The question still waiting for an answer, when there is one. */
export function pendingPrompt(turn: Turn): Ssml | undefined {
  const markup = turn.session.pendingPrompt;
  return turn.session.dialog && typeof markup === 'string' && isSkillMarkup(markup)
    ? new Ssml(markup)
    : undefined;
}
