import type { Response } from 'ask-sdk-model';
import { findPartnerByName, linkVoice, partnerForVoice, type Household } from '../../domain/household';
import type { Ssml } from '../../speech/ssml';
import type { HelpHook, Turn } from '../../turn';
import { defineHandler } from '../define';
import { slot } from '../flow';
import { coreDialogSchema, IDENTIFY_DIALOG, type IdentifyDialog } from './dialogs';
import { greet } from './launch';

/**
 * "Is this Alex or Sam?" and its answers. The question is asked for something (a note, an
 * appreciation...), kept in the dialog as the continuation to resume; an answer that is not a
 * partner's name asks again, saying what it is for, and from the second such answer on offers a
 * way out. The question is never dropped: after a name, what was asked for goes on.
 */

/** The identify dialog of this turn, when "Is this Alex or Sam?" is what waits. */
export function identifyDialog(turn: Turn): IdentifyDialog | undefined {
  const parsed = turn.dialogOf(coreDialogSchema);
  return parsed?.kind === IDENTIFY_DIALOG ? parsed : undefined;
}

/** Asks again, kindly, keeping what it was asked for; `lead` says what went wrong, if anything. */
export function askAgain(turn: Turn, household: Household, lead?: Ssml): Response {
  const asked = identifyDialog(turn) ?? { kind: IDENTIFY_DIALOG, then: 'launch', args: {} };
  const misses = (asked.misses ?? 0) + 1;
  turn.setDialog({ ...asked, misses });
  const [a, b] = household.partners;
  const { common, help } = turn.t;
  return turn.ask(
    common.speech(
      lead,
      misses >= 2 ? help.whoWayOut : undefined,
      help.whoIsSpeakingFor(asked.then, a!.name, b!.name),
    ),
    common.askWhoIsSpeakingReprompt(a!.name, b!.name),
  );
}

/** How an answer that is not a partner's name is answered: a name we don't know, or none at all. */
export type Miss = 'unknown' | 'quiet';

const identifyHandler = defineHandler({
  name: 'core.identify',
  intents: ['IdentifySpeakerIntent'],
  needs: 'household',
  handle: ({ turn, input, household }) => identify(turn, household, slot(input, 'name')),
});

/** "Yes" or "no" to "Is this Alex or Sam?": not a name, so the question again. */
const identifyYesNoHandler = defineHandler({
  name: 'core.identifyYesNo',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: coreDialogSchema, kinds: [IDENTIFY_DIALOG] },
  needs: 'household',
  handle: ({ turn, household }) => askAgain(turn, household),
});

export const identifyHandlers = [identifyHandler, identifyYesNoHandler];

/** Help while "Is this Alex or Sam?" waits: what the name is for. */
export const identifyHelp: HelpHook = (turn) => {
  const asked = identifyDialog(turn);
  return asked ? { say: turn.t.help.whoHelp(asked.then) } : undefined;
};

export async function identify(
  turn: Turn,
  household: Household,
  spokenName: string | undefined,
  miss: Miss = 'unknown',
): Promise<Response> {
  const { common } = turn.t;
  const [a, b] = household.partners;
  const asked = identifyDialog(turn);
  const found = findPartnerByName(household, spokenName);
  if (!found) {
    // The question stays open as it was, with the work to resume after it.
    return askAgain(turn, household, miss === 'unknown' ? common.notAPartner(a!.name, b!.name) : undefined);
  }
  // A recognized voice can't become the other partner by saying their name: private notes
  // follow the voice. A voice already known stays with its partner; a partner whose voice is
  // known isn't given to a different one.
  const linkedTo = partnerForVoice(household, turn.voiceId);
  if (linkedTo && linkedTo.id !== found.id) {
    turn.setSpeaker(linkedTo.id);
    turn.setDialog(undefined);
    turn.logger.warn('a recognized voice claimed the other partner; kept as it was');
    return turn.ask(
      common.speech(common.voiceKnownAs(linkedTo.name), common.whatNext),
      common.whatNextReprompt,
    );
  }
  if (turn.voiceId && !linkedTo && found.voices.length > 0) {
    delete turn.session.speaker;
    turn.setDialog(undefined);
    turn.logger.warn('an unknown voice claimed a partner whose voice is known; not linked');
    return turn.ask(
      common.speech(common.voiceNotTheirs(found.name), common.whatNext),
      common.whatNextReprompt,
    );
  }
  turn.setSpeaker(found.id);
  let thanks = common.speakerNoted(found.name);
  if (turn.voiceId) {
    const voiceId = turn.voiceId;
    // Rides along with whatever the resumed work writes: one write for the whole turn.
    turn.defer((h) => linkVoice(h, found.id, voiceId, turn.now));
    turn.logger.info('voice linked to a partner');
    thanks = common.voiceLinked(found.name);
  }
  const thenName = asked?.then ?? 'launch';
  const args = asked?.args ?? {};
  turn.setDialog(undefined);
  const next = thenName === 'launch' ? undefined : turn.features.continuation(thenName);
  if (next) {
    const response = await next(turn, found, args);
    return prependSpeech(response, thanks.markup, common.withoutOpeningThanks);
  }
  return greet(turn, thanks);
}

/**
 * Puts a short acknowledgement in front of a response's speech. With `trim`, an acknowledgement
 * the response opens with itself is dropped first, so two thank-yous are never said in a row.
 */
export function prependSpeech(
  response: Response,
  markup: string,
  trim?: (markup: string) => string,
): Response {
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') {
    const inner = speech.ssml.replace(/^<speak>/, '').replace(/<\/speak>$/, '');
    const rest = trim ? trim(inner) : inner;
    return { ...response, outputSpeech: { ...speech, ssml: `<speak>${markup} ${rest}</speak>` } };
  }
  return response;
}
