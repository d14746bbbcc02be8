import type { Response } from 'ask-sdk-model';
import {
  findPartnerByName,
  linkVoice,
  normalizeName,
  partnerForVoice,
  setPartners,
} from '../../domain/household';
import type { Turn } from '../../turn';
import { askSetupFirst, handler, isIntent, slot } from '../flow';
import { greet } from './launch';

/** First-run setup ("Who are the two of you?") and "Is this Alex or Sam?". */
const namesHandler = handler(
  (input, turn) =>
    isIntent(input, 'SetupNamesIntent') ||
    (isIntent(input, 'IdentifySpeakerIntent') &&
      (turn.dialogIs('setup.names') || turn.dialogIs('setup.second'))),
  async (turn, input) => {
    const { common } = turn.t;
    const existing = await turn.setUpHousehold();
    if (existing && !turn.dialogIs('setup.names') && !turn.dialogIs('setup.second')) {
      // Already set up: treat "we're Alex and Sam" as a greeting, not a reset.
      return greet(turn);
    }
    const spokenFirst = normalizeName(slot(input, 'firstName') ?? slot(input, 'name'));
    const spokenSecond = normalizeName(slot(input, 'secondName'));
    const first = turn.dialogIs('setup.second')
      ? normalizeName(String(turn.session.dialog?.first ?? ''))
      : spokenFirst;
    const second = turn.dialogIs('setup.second') ? (spokenSecond ?? spokenFirst) : spokenSecond;
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
);

const identifyHandler = handler(
  (input) => isIntent(input, 'IdentifySpeakerIntent'),
  async (turn, input) => identify(turn, slot(input, 'name')),
);

export const setupHandlers = [namesHandler, identifyHandler];

async function identify(turn: Turn, spokenName: string | undefined): Promise<Response> {
  const { common } = turn.t;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const [a, b] = household.partners;
  const found = findPartnerByName(household, spokenName);
  if (!found) {
    const pending =
      turn.session.dialog?.kind === 'identify'
        ? turn.session.dialog
        : { kind: 'identify', then: 'launch', args: {} };
    turn.setDialog(pending);
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
  const dialog = turn.session.dialog;
  const thenName = dialog?.kind === 'identify' && typeof dialog.then === 'string' ? dialog.then : 'launch';
  const args =
    dialog?.kind === 'identify' && typeof dialog.args === 'object' && dialog.args
      ? (dialog.args as Record<string, unknown>)
      : {};
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
