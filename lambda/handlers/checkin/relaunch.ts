import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../turn';
import { CHECKIN_TASK_NAME, completeTask } from '../../alexa/timers';
import { askSetupFirst } from '../flow';
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

export const relaunchHandler = defineHandler({
  name: 'checkin.relaunchByTimer',
  requestTypes: ['LaunchRequest'],
  when: (_turn, input) => checkinTask(input) !== undefined,
  // Every answer to a task launch completes the task, the setup question included.
  needs: 'nothing',
  handle: async ({ turn, input }) => completeTask(await answerRelaunch(turn, input)),
});

async function answerRelaunch(turn: Turn, input: HandlerInput): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
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
    return timeIsUp(turn, active, 'timer-fired');
  }
  return continueCheckin(turn, household);
}
