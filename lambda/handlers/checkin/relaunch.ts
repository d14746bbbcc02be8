import type { HandlerInput } from 'ask-sdk-core';
import { CHECKIN_TASK_NAME } from '../../alexa/timers';
import { isStale } from '../../domain/checkin/machine';
import { defineHandler } from '../define';
import { continueCheckin } from './running';
import { noActiveAnswer, staleAnswer } from './stale';
import { timeIsUp } from './turn-over';

/**
 * The timer went off and Alexa relaunched the skill with the check-in's task (LAUNCH_TASK):
 * the partner whose time it was is thanked and the next one starts, or the check-in closes.
 * A relaunch for a check-in that is over, or for a time already moved on, is answered kindly.
 */

interface TaskRequest {
  type: 'LaunchRequest';
  task?: { name?: string; version?: string; input?: { checkinId?: unknown; turn?: unknown } };
}

function checkinTask(input: HandlerInput): TaskRequest['task'] | undefined {
  const task = (input.requestEnvelope.request as TaskRequest).task;
  const name = task?.name ?? '';
  return name === CHECKIN_TASK_NAME || name.endsWith(`.${CHECKIN_TASK_NAME}`) ? task : undefined;
}

/** Tells Alexa the task is done, so the timer's relaunch is not offered again. */
const COMPLETE_TASK = { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } };

export const relaunchHandler = defineHandler({
  name: 'checkin.relaunchByTimer',
  requestTypes: ['LaunchRequest'],
  when: (_turn, input) => checkinTask(input) !== undefined,
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    const task = checkinTask(input)!;
    const active = household.checkin.active;
    const checkinId = typeof task.input?.checkinId === 'string' ? task.input.checkinId : undefined;
    const turnIndex = Number(task.input?.turn);
    if (!active || active.id !== checkinId) {
      turn.logger.info('timer relaunch for a closed check-in');
      return noActiveAnswer(turn, turn.t.checkin.oldTimer);
    }
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state === 'turn-running' && active.turnIndex === turnIndex) {
      return timeIsUp(turn, active, 'timer-fired', [COMPLETE_TASK]);
    }
    return continueCheckin(turn, household);
  },
});
