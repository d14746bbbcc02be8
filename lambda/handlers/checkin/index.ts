import { currentSpeaking } from '../../domain/checkin/machine';
import { parseLength } from '../../domain/checkin/duration';
import { partner } from '../../domain/household';
import type { Feature } from '../../feature';
import { defineHandler } from '../define';
import { slot } from '../flow';
import { remindersPermissionHandler, startRequested, timerPermissionHandler, yesNoHandler } from './answers';
import { DIALOG } from './dialogs';
import { checkinHelp } from './help';
import { continueOffer } from './offers';
import { relaunchHandler } from './relaunch';
import { reminderHandlers } from './reminders';
import {
  anotherQuestion,
  continueCheckin,
  endCheckin,
  pauseCheckin,
  resume,
  timeLeft,
  withActiveCheckin,
} from './running';
import { tellWithScreen } from './screen';
import { questionText } from './shared';
import { timeIsUp } from './turn-over';

/**
 * The timed check-in: "start our check-in" → are you both here → who goes first → the first
 * question with a LAUNCH_TASK timer → (timer relaunch) the second question → (relaunch) the
 * closing ritual. Every step is written before it is spoken. The moments live beside this file:
 * start.ts, running.ts, turn-over.ts, relaunch.ts, answers.ts, offers.ts, reminders.ts.
 */

const startHandler = defineHandler({
  name: 'checkin.start',
  intents: ['StartCheckinIntent'],
  needs: 'household',
  handle: ({ turn, input, household }) =>
    startRequested(turn, household, parseLength(slot(input, 'minutes'), slot(input, 'length'))),
});

const soloHandler = defineHandler({
  name: 'checkin.solo',
  intents: ['SoloCheckinIntent'],
  needs: 'household',
  handle: ({ turn }) => {
    turn.setDialog({ kind: DIALOG.soloOffer });
    return turn.ask(turn.t.checkin.soloOffer, turn.t.checkin.soloOfferReprompt);
  },
});

const continueHandler = defineHandler({
  name: 'checkin.continue',
  intents: ['ContinueCheckinIntent'],
  needs: 'household',
  handle: ({ turn, household }) => continueCheckin(turn, household),
});

const switchHandler = defineHandler({
  name: 'checkin.readyToSwitch',
  intents: ['ReadyToSwitchIntent'],
  needs: 'household',
  handle: ({ turn, household }) =>
    withActiveCheckin((t, _h, active) => timeIsUp(t, active, 'ready-to-switch'))(turn, household),
});

// While a note is being dictated, "hold on" and "continue" belong to the note (notes feature).
const pauseHandler = defineHandler({
  name: 'checkin.pause',
  intents: ['AMAZON.PauseIntent'],
  when: (turn) => !turn.dialogIs('notes.dictate'),
  needs: 'household',
  handle: ({ turn, household }) => withActiveCheckin(pauseCheckin)(turn, household),
});

const resumeHandler = defineHandler({
  name: 'checkin.resume',
  intents: ['AMAZON.ResumeIntent'],
  when: (turn) => !turn.dialogIs('notes.dictate'),
  needs: 'household',
  handle: ({ turn, household }) => withActiveCheckin((t, h, active) => resume(t, h, active))(turn, household),
});

const timeLeftHandler = defineHandler({
  name: 'checkin.timeLeft',
  intents: ['TimeLeftIntent'],
  needs: 'household',
  handle: ({ turn, household }) => withActiveCheckin(timeLeft)(turn, household),
});

const anotherHandler = defineHandler({
  name: 'checkin.anotherQuestion',
  intents: ['AnotherQuestionIntent'],
  needs: 'household',
  handle: ({ turn, household }) => withActiveCheckin(anotherQuestion)(turn, household),
});

/** "Repeat that" during a check-in (and not while another feature's question waits). */
const repeatHandler = defineHandler({
  name: 'checkin.repeatQuestion',
  intents: ['AMAZON.RepeatIntent'],
  when: async (turn) => {
    const kind = turn.session.dialog?.kind;
    if (kind !== undefined && !kind.startsWith('checkin.')) return false;
    return (await turn.household().catch(() => undefined))?.checkin.active !== undefined;
  },
  needs: 'household',
  handle: ({ turn, household }) =>
    withActiveCheckin(async (t, h, active) => {
      const cur = currentSpeaking(active);
      return tellWithScreen(
        t,
        t.t.checkin.repeatQuestion(partner(h, cur.partner).name, questionText(t, cur.questionId)),
        h,
        active,
      );
    })(turn, household),
});

const endHandler = defineHandler({
  name: 'checkin.end',
  intents: ['EndCheckinIntent'],
  needs: 'household',
  handle: ({ turn, household }) => withActiveCheckin(endCheckin, { beforeStart: true })(turn, household),
});

/** The check-in feature: its handlers, in the order they are tried, and its launch offer. */
export function checkinFeature(): Feature {
  return {
    name: 'checkin',
    handlers: [
      relaunchHandler,
      timerPermissionHandler,
      remindersPermissionHandler,
      yesNoHandler,
      startHandler,
      soloHandler,
      continueHandler,
      switchHandler,
      pauseHandler,
      resumeHandler,
      timeLeftHandler,
      anotherHandler,
      repeatHandler,
      endHandler,
      ...reminderHandlers,
    ],
    launchOffers: [continueOffer],
    help: checkinHelp,
  };
}
