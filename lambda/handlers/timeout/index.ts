import type { HandlerInput } from 'ask-sdk-core';
import { completeTask, TIMEOUT_TASK_NAME } from '../../alexa/timers';
import { parseBreakLength } from '../../domain/timeout/length';
import { breakRemainingMs, isStale } from '../../domain/timeout/machine';
import type { Feature } from '../../feature';
import type { LaunchOffer } from '../../turn';
import { defineHandler } from '../define';
import { DICTATE } from '../notes/dialogs';
import { done, isIntent, isRequestType, slot } from '../flow';
import { askForToken, voicePermissionAnswer } from '../../alexa/permissions';
import {
  closeAsCameBack,
  closeStale,
  notYet,
  offerNote,
  startQuickNote,
  timerEnded,
  weAreBack,
} from './back';
import { breathingHandler } from './breathe';
import { setTimeoutDialog, timeoutDialog, timeoutDialogSchema } from './dialogs';
import { timeoutHelp } from './help';
import { askedForTimeout, beginBreak, lengthChosen, permissionAnswered } from './start';

/**
 * "We need a time-out": the break held by an Alexa timer, the couple's repair phrase when it
 * ends, a gentle restart and the offer of a quick note. Handlers are thin; the state machine is
 * lambda/domain/timeout, the words lambda/speech/en/timeout.ts.
 */

const TIMEOUT_INTENT = 'TimeOutIntent';
const LENGTH_INTENT = 'TimeOutLengthIntent';
const BACK_INTENT = 'TimeOutBackIntent';
const NOT_YET_INTENT = 'TimeOutNotYetIntent';
const NEED_INTENT = 'TimeOutNeedIntent';
const NEED_SLOT = 'need';

function lengthOf(input: HandlerInput) {
  return parseBreakLength(slot(input, 'minutes'), slot(input, 'length'));
}

function timeoutTaskId(input: HandlerInput): { id: string | undefined } | undefined {
  if (!isRequestType(input, 'LaunchRequest')) return undefined;
  const task = (
    input.requestEnvelope.request as { task?: { name?: unknown; input?: { timeoutId?: unknown } } }
  ).task;
  const name = typeof task?.name === 'string' ? task.name : '';
  if (name !== TIMEOUT_TASK_NAME && !name.endsWith(`.${TIMEOUT_TASK_NAME}`)) return undefined;
  const id = task?.input?.timeoutId;
  return { id: typeof id === 'string' && id.length <= 64 ? id : undefined };
}

const relaunchHandler = defineHandler({
  name: 'timeout.relaunchByTimer',
  requestTypes: ['LaunchRequest'],
  when: (_turn, input) => timeoutTaskId(input) !== undefined,
  needs: 'nothing',
  // Every answer to a task launch completes the task (completeTask in lambda/alexa/timers.ts).
  handle: async ({ turn, input }) => completeTask(await timerEnded(turn, timeoutTaskId(input)!.id)),
});

const askHandler = defineHandler({
  name: 'timeout.ask',
  intents: [TIMEOUT_INTENT],
  needs: 'nothing',
  handle: ({ turn, input }) => askedForTimeout(turn, lengthOf(input)),
});

/** "Make it 15 minutes": the proposal's answer; said out of the blue, a time-out of that length. */
const lengthHandler = defineHandler({
  name: 'timeout.length',
  intents: [LENGTH_INTENT],
  needs: 'nothing',
  handle: ({ turn, input }) => {
    const length = lengthOf(input);
    if (turn.dialogIs('timeout.propose') && length) return lengthChosen(turn, length);
    return askedForTimeout(turn, length);
  },
});

const permissionHandler = defineHandler({
  name: 'timeout.timerPermission',
  requestTypes: ['Connections.Response'],
  when: (_turn, input) => (askForToken(input.requestEnvelope) ?? '').startsWith('timeout:'),
  needs: 'nothing',
  handle: ({ turn, input }) => {
    const answer = voicePermissionAnswer(input.requestEnvelope, turn.logger);
    turn.deps.metrics.count(`TimerPermission${answer}`);
    return permissionAnswered(turn, askForToken(input.requestEnvelope)!.slice('timeout:'.length), answer);
  },
});

const backHandler = defineHandler({
  name: 'timeout.back',
  intents: [BACK_INTENT],
  needs: 'nothing',
  handle: ({ turn }) => weAreBack(turn),
});

/**
 * Sentences the model may take for something else while the restart is asked: "I felt unheard"
 * (a note part) or words it could not place (fallback). At the restart they are the answer.
 */
const RESTART_ANSWERS = ['AMAZON.FallbackIntent', 'NotePartIntent'];
const RESTART_KINDS = ['timeout.restart', 'timeout.restartSecond'] as const;

/**
 * One sentence each after the break, said outside the restart: welcomed, nothing kept. Not while
 * a note part is being asked: there it is a dictated answer Alexa heard as this intent, and the
 * notes take it (handlers/notes/stray.ts).
 */
const needOutsideHandler = defineHandler({
  name: 'timeout.needOutside',
  intents: [NEED_INTENT],
  when: (turn) => !RESTART_KINDS.some((k) => turn.dialogIs(k)) && !turn.dialogIs(DICTATE),
  needs: 'nothing',
  handle: ({ turn }) => turn.tell(turn.t.timeout.heardBoth),
});

/** One sentence each after the break. What is said is heard, answered, and never kept. */
const needHandler = defineHandler({
  name: 'timeout.need',
  intents: [NEED_INTENT, ...RESTART_ANSWERS],
  dialog: { schema: timeoutDialogSchema, kinds: RESTART_KINDS },
  needs: 'nothing',
  handle: async ({ turn, input, dialog }) => {
    const { timeout: say } = turn.t;
    // Words Alexa could not place never reach the safety gate: asked for once more as free text,
    // they come back whole and are scanned, instead of being thanked for unheard.
    if (isIntent(input, 'AMAZON.FallbackIntent') && !dialog.reasked) {
      setTimeoutDialog(turn, { ...dialog, reasked: true });
      elicitNeed(input);
      return turn.ask(say.restartUnheard, say.restartSecondReprompt);
    }
    // The safety gate has already scanned these words (every slot of every intent).
    if (dialog.kind !== 'timeout.restart') return offerNote(turn, say.heardBoth);
    await closeAsCameBack(turn, dialog.timeoutId);
    turn.setDialog({ kind: 'timeout.restartSecond' });
    // The second sentence is elicited as free text, so it comes back whole.
    elicitNeed(input);
    return turn.ask(say.restartSecond, say.restartSecondReprompt);
  },
});

function elicitNeed(input: HandlerInput): void {
  input.responseBuilder.addElicitSlotDirective(NEED_SLOT, {
    name: NEED_INTENT,
    confirmationStatus: 'NONE',
    slots: { [NEED_SLOT]: { name: NEED_SLOT, confirmationStatus: 'NONE' } },
  });
}

const notYetHandler = defineHandler({
  name: 'timeout.notYet',
  intents: [NOT_YET_INTENT],
  needs: 'nothing',
  handle: async ({ turn }) => {
    const dialog = timeoutDialog(turn);
    if (dialog?.kind === 'timeout.restart') return notYet(turn, dialog.timeoutId);
    if (dialog?.kind === 'timeout.restartSecond') return offerNote(turn, turn.t.timeout.skipTalk);
    const active = (await turn.household())?.timeout.active;
    if (active?.state === 'back') return notYet(turn, active.id);
    if (active?.state === 'running') return turn.tell(turn.t.timeout.stayOnBreak);
    return done(turn, turn.t.timeout.noBreak);
  },
});

const yesNoHandler = defineHandler({
  name: 'timeout.yesNo',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: timeoutDialogSchema },
  needs: 'nothing',
  handle: async ({ turn, input, dialog }) => {
    const yes = isIntent(input, 'AMAZON.YesIntent');
    const { timeout: say } = turn.t;
    switch (dialog.kind) {
      case 'timeout.propose':
        return yes ? beginBreak(turn, dialog.minutes) : done(turn, say.declined);
      case 'timeout.restart':
        if (yes) return turn.ask(say.restartReprompt, say.restartReprompt);
        await closeAsCameBack(turn, dialog.timeoutId);
        return offerNote(turn, say.skipTalk);
      case 'timeout.restartSecond':
        return offerNote(turn, yes ? say.heardBoth : say.skipTalk);
      case 'timeout.offerNote':
        return yes ? startQuickNote(turn) : turn.tell(say.noteDeclined);
      case 'timeout.offerComeBack':
      case 'timeout.offerRestart': {
        if (!yes)
          return turn.tell(dialog.kind === 'timeout.offerComeBack' ? say.stayOnBreak : say.notYetAgain);
        const active = (await turn.household())?.timeout.active;
        if (!active || active.id !== dialog.timeoutId) return turn.tell(say.noBreak);
        return weAreBack(turn);
      }
      case 'timeout.offerStart': {
        const active = (await turn.household())?.timeout.active;
        if (!yes || !active || active.id !== dialog.timeoutId) return done(turn, say.declined);
        return beginBreak(turn, active.minutes);
      }
    }
  },
});

/** On an ordinary launch, a time-out still open comes first: it was the hard moment. */
const openTimeoutOffer: LaunchOffer = {
  priority: 5,
  async offer(turn, household) {
    const active = household.timeout.active;
    if (!active) return undefined;
    const { timeout: say } = turn.t;
    if (isStale(active, turn.now)) {
      await closeStale(turn, active);
      return undefined;
    }
    if (active.state === 'proposed') {
      return {
        speech: say.offerStartBreak,
        reprompt: say.proposeReprompt,
        dialog: { kind: 'timeout.offerStart', timeoutId: active.id },
      };
    }
    const left = breakRemainingMs(active, turn.now);
    if (active.state === 'running' && left > 0 && !active.selfTimed) {
      return {
        speech: say.offerComeBack(turn.t.checkin.timeLeftPhrase(left)),
        reprompt: say.offerComeBackReprompt,
        dialog: { kind: 'timeout.offerComeBack', timeoutId: active.id },
      };
    }
    return {
      speech: say.offerRestart,
      reprompt: say.offerRestartReprompt,
      dialog: { kind: 'timeout.offerRestart', timeoutId: active.id },
    };
  },
};

/** The time-out feature's handlers, in the order they are tried (after the crisis gate). */
export function timeoutFeature(): Feature {
  return {
    name: 'timeout',
    handlers: [
      relaunchHandler,
      permissionHandler,
      yesNoHandler,
      askHandler,
      lengthHandler,
      backHandler,
      notYetHandler,
      needHandler,
      needOutsideHandler,
      breathingHandler,
    ],
    launchOffers: [openTimeoutOffer],
    help: timeoutHelp,
  };
}
