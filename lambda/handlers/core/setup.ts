import { getIntentName } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  findPartnerByName,
  linkVoice,
  type Household,
  normalizeName,
  partnerForVoice,
  setPartners,
} from '../../domain/household';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { slot } from '../flow';
import { coreDialogSchema, IDENTIFY_DIALOG } from './dialogs';
import { greet } from './launch';

/** First-run setup ("Who are the two of you?") and "Is this Alex or Sam?". */
const namesHandler = defineHandler({
  name: 'core.setupNames',
  intents: ['SetupNamesIntent', 'IdentifySpeakerIntent'],
  // A bare name answers "Who are the two of you?" only while setup asks it.
  when: (turn, input) =>
    getIntentName(input.requestEnvelope) === 'SetupNamesIntent' ||
    turn.dialogIs('setup.names') ||
    turn.dialogIs('setup.second'),
  // This is setup itself: a household already set up is greeted instead.
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    const { common } = turn.t;
    const dialog = turn.dialogOf(coreDialogSchema);
    const inSetup = dialog?.kind === 'setup.names' || dialog?.kind === 'setup.second';
    const existing = await turn.setUpHousehold();
    if (existing && !inSetup) {
      // Already set up: treat "we're Alex and Sam" as a greeting, not a reset.
      return greet(turn);
    }
    const spokenFirst = normalizeName(slot(input, 'firstName') ?? slot(input, 'name'));
    const spokenSecond = normalizeName(slot(input, 'secondName'));
    const first = dialog?.kind === 'setup.second' ? normalizeName(dialog.first ?? '') : spokenFirst;
    const second = dialog?.kind === 'setup.second' ? (spokenSecond ?? spokenFirst) : spokenSecond;
    if (!first) {
      turn.setDialog({ kind: 'setup.names' });
      return turn.ask(common.askNames, common.askNamesReprompt);
    }
    if (!second) {
      turn.setDialog({ kind: 'setup.second', first });
      return turn.ask(common.askSecondName(first), common.askSecondNameReprompt);
    }
    if (first.toLowerCase() === second.toLowerCase()) {
      turn.setDialog({ kind: 'setup.names' });
      return turn.ask(common.sameNameTwice, common.askNamesReprompt);
    }
    await turn.update((h) => setPartners(h, first, second, turn.now));
    turn.logger.info('household set up');
    const done = common.setupDone(first, second);
    if (turn.voiceId) {
      turn.setDialog({ kind: 'identify', then: 'launch', args: {} });
      return turn.ask(
        common.speech(done, common.askWhoIsSpeaking(first, second)),
        common.askWhoIsSpeakingReprompt(first, second),
      );
    }
    turn.setDialog(undefined);
    return turn.ask(common.speech(done, common.whatNext), common.whatNextReprompt);
  },
});

const identifyHandler = defineHandler({
  name: 'core.identify',
  intents: ['IdentifySpeakerIntent'],
  needs: 'household',
  handle: ({ turn, input, household }) => identify(turn, household, slot(input, 'name')),
});

export const setupHandlers = [namesHandler, identifyHandler];

async function identify(turn: Turn, household: Household, spokenName: string | undefined): Promise<Response> {
  const { common } = turn.t;
  const [a, b] = household.partners;
  const parsed = turn.dialogOf(coreDialogSchema);
  const asked = parsed?.kind === IDENTIFY_DIALOG ? parsed : undefined;
  const found = findPartnerByName(household, spokenName);
  if (!found) {
    // The question stays open as it was, with the work to resume after it.
    turn.setDialog(asked ? { ...asked } : { kind: IDENTIFY_DIALOG, then: 'launch', args: {} });
    return turn.ask(common.notAPartner(a!.name, b!.name), common.askWhoIsSpeakingReprompt(a!.name, b!.name));
  }
  // A recognized voice can't become the other partner by saying their name: private notes
  // follow the voice. A voice already known stays with its partner; a partner whose voice is
  // known isn't given to a different one.
  const linkedTo = partnerForVoice(household, turn.voiceId);
  if (linkedTo && linkedTo.id !== found.id) {
    turn.session.speaker = linkedTo.id;
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
  turn.session.speaker = found.id;
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
    return prependSpeech(response, thanks.markup);
  }
  return greet(turn, thanks);
}

/** Puts a short acknowledgement in front of a response's speech. */
export function prependSpeech(response: Response, markup: string): Response {
  const speech = response.outputSpeech;
  if (speech?.type === 'SSML') {
    const inner = speech.ssml.replace(/^<speak>/, '').replace(/<\/speak>$/, '');
    return { ...response, outputSpeech: { ...speech, ssml: `<speak>${markup} ${inner}</speak>` } };
  }
  return response;
}
