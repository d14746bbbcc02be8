import { getIntentName } from '../../alexa/sdk';
import { normalizeName, setPartners } from '../../domain/household';
import { defineHandler } from '../define';
import { slot } from '../flow';
import { coreDialogSchema, IDENTIFY_DIALOG } from './dialogs';
import { identify, identifyHandlers, prependSpeech } from './identify';
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
    const spokenFirst = normalizeName(slot(input, 'firstName') ?? slot(input, 'name'));
    const spokenSecond = normalizeName(slot(input, 'secondName'));
    if (existing && dialog?.kind === IDENTIFY_DIALOG) {
      // "I'm Alex" heard as setup while "Is this Alex or Sam?" waits: one name answers it.
      return identify(turn, existing, spokenSecond ? undefined : spokenFirst, 'quiet');
    }
    if (existing && !inSetup) {
      // Already set up: treat "we're Alex and Sam" as a greeting, not a reset.
      return greet(turn);
    }
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

export const setupHandlers = [namesHandler, ...identifyHandlers];

export { prependSpeech };
