import { AlexaPermissionError, type AlexaApiError } from '../alexa/api';
import { scopeGrantedInContext } from '../alexa/permissions';
import { CHECKIN_TASK_NAME, launchTaskTimerBody, Timers, TIMERS_SCOPE } from '../alexa/timers';
import type { Turn } from '../turn';

/**
 * Alexa timers that relaunch the skill (LAUNCH_TASK), for any feature: set one, cancel one,
 * quietly. A feature that writes state about its timer does both through `timerSaga`.
 */

export interface TimerSet {
  /** The timer's id; absent when none was set. */
  timerId?: string;
  /** Why none was set: timers not allowed, or Alexa's API could not be reached. */
  failure?: 'permission' | 'unavailable';
}

export function timersGranted(turn: Turn): boolean {
  return scopeGrantedInContext(turn.input.requestEnvelope, TIMERS_SCOPE);
}

export function timersApi(turn: Turn): Timers | undefined {
  const api = turn.alexaApi();
  return api ? new Timers(api) : undefined;
}

/** Sets a LAUNCH_TASK timer. Never throws: a timer not set is `{ failure }`, counted and logged. */
export async function setLaunchTimer(
  turn: Turn,
  timer: {
    durationMs: number;
    label: string;
    textToConfirm: string;
    input: Record<string, unknown>;
    task?: { name: string; version: string };
  },
): Promise<TimerSet> {
  const timers = timersApi(turn);
  if (!timers) return { failure: 'unavailable' };
  try {
    const skillId = turn.input.requestEnvelope.context?.System?.application?.applicationId ?? '';
    const created = await timers.create(
      launchTaskTimerBody({ skillId, locale: turn.locale, playAudible: turn.t.timerPlaysAudible, ...timer }),
    );
    return { timerId: created.id };
  } catch (error) {
    const permission = error instanceof AlexaPermissionError;
    turn.deps.metrics.count(permission ? 'TimerNotPermitted' : 'TimerFailed');
    turn.logger.warn('timer not set', {
      task: timer.task?.name ?? CHECKIN_TASK_NAME,
      errorName: (error as Error)?.name,
      status: (error as AlexaApiError)?.status,
    });
    return { failure: permission ? 'permission' : 'unavailable' };
  }
}

/** Cancels a timer, quietly: one we cannot cancel relaunches into a state that expects no timer. */
export async function cancelTimer(turn: Turn, timerId: string | undefined): Promise<void> {
  if (!timerId) return;
  try {
    await timersApi(turn)?.cancel(timerId);
  } catch (error) {
    turn.logger.warn('timer not cancelled', { errorName: (error as Error)?.name });
  }
}

/** Pauses (or resumes) a timer, quietly: a timer we cannot reach is only logged. */
export async function pauseTimer(turn: Turn, timerId: string | undefined, resume = false): Promise<void> {
  if (!timerId) return;
  try {
    const timers = timersApi(turn);
    await (resume ? timers?.resume(timerId) : timers?.pause(timerId));
  } catch (error) {
    turn.logger.warn(resume ? 'timer not resumed' : 'timer not paused', {
      errorName: (error as Error)?.name,
    });
  }
}
