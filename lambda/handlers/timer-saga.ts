import type { HandlerInput } from 'ask-sdk-core';
import { AlexaApiError, AlexaPermissionError } from '../alexa/api';
import { scopeGrantedInContext } from '../alexa/permissions';
import { launchTaskTimerBody, Timers, TIMERS_SCOPE } from '../alexa/timers';
import type { Household } from '../domain/household';
import type { Change, Turn } from '../turn';

/**
 * The timer saga any timed feature needs, written once: set a LAUNCH_TASK timer, make the one
 * conditional write that records it, and cancel the timer when that write did not apply (another
 * Echo moved the feature on) or failed (the timer must not relaunch into a state never saved).
 * The check-in does the same steps in its own code today; it can move onto this helper as is.
 */

export interface LaunchTaskTimer {
  /** The task's name and version, as in interaction-model/tasks/<name>.<version>.json. */
  task: { name: string; version: string };
  input: Record<string, string | number>;
  durationMs: number;
  /** Shown on the device: nothing personal. */
  label: string;
  /** Alexa's question when it rings; `{continueWithSkillName}` becomes "continue with <skill>". */
  textToConfirm: string;
}

export type TimerSet = { timerId: string } | { timerId?: undefined; failure: 'permission' | 'unavailable' };

export function timersAllowed(turn: Turn): boolean {
  return scopeGrantedInContext(turn, TIMERS_SCOPE);
}

function timers(turn: Turn): Timers | undefined {
  const api = turn.alexaApi();
  return api ? new Timers(api) : undefined;
}

/** Sets one LAUNCH_TASK timer; a failure is counted and logged (no personal data) and returned. */
export async function setLaunchTaskTimer(turn: Turn, timer: LaunchTaskTimer): Promise<TimerSet> {
  const api = timers(turn);
  if (!api) return { failure: 'unavailable' };
  try {
    const created = await api.create(
      launchTaskTimerBody({
        skillId: turn.input.requestEnvelope.context?.System?.application?.applicationId ?? '',
        locale: turn.locale,
        ...timer,
      }),
    );
    return { timerId: created.id };
  } catch (error) {
    const permission = error instanceof AlexaPermissionError;
    turn.deps.metrics.count(permission ? 'TimerNotPermitted' : 'TimerFailed');
    turn.logger.warn('timer not set', {
      task: timer.task.name,
      errorName: (error as Error)?.name,
      status: (error as AlexaApiError)?.status,
    });
    return { failure: permission ? 'permission' : 'unavailable' };
  }
}

/** Cancels a timer, quietly: one already gone counts as cancelled, and a failure is only logged. */
export async function cancelTimerQuietly(turn: Turn, timerId: string | undefined): Promise<void> {
  if (!timerId) return;
  try {
    await timers(turn)?.cancel(timerId);
  } catch (error) {
    turn.logger.warn('timer not cancelled', { errorName: (error as Error)?.name });
  }
}

/** Pauses or resumes a timer, quietly: a timer we cannot reach is only logged. */
export async function pauseTimerQuietly(
  turn: Turn,
  timerId: string | undefined,
  resume = false,
): Promise<void> {
  if (!timerId) return;
  try {
    const api = timers(turn);
    await (resume ? api?.resume(timerId) : api?.pause(timerId));
  } catch (error) {
    turn.logger.warn(resume ? 'timer not resumed' : 'timer not paused', {
      errorName: (error as Error)?.name,
    });
  }
}

/**
 * Set → write → undo. `change` gets the household as stored (re-read on a concurrent write)
 * and the new timer's id; it returns the change (a household, or one with records beside it),
 * or undefined when the change no longer applies. Without a timer (`timer` undefined, or setting it failed) the write still runs.
 */
export async function timerSaga(
  turn: Turn,
  timer: LaunchTaskTimer | undefined,
  change: (household: Household, timerId: string | undefined) => Change | undefined,
): Promise<{ saved: Household; applied: boolean; set: TimerSet | undefined }> {
  const set = timer ? await setLaunchTaskTimer(turn, timer) : undefined;
  const timerId = set?.timerId;
  let applied = false;
  let saved: Household;
  try {
    saved = await turn.update((h) => {
      const next = change(h, timerId);
      applied = next !== undefined;
      return next ?? h;
    });
  } catch (error) {
    await cancelTimerQuietly(turn, timerId);
    throw error;
  }
  if (!applied) await cancelTimerQuietly(turn, timerId);
  return { saved, applied, set };
}

/** The answer to a permission asked by voice (Connections.Response to AskFor). */
export function permissionAnswer(input: HandlerInput): 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' {
  const status = (input.requestEnvelope.request as { payload?: { status?: string } }).payload?.status;
  return status === 'ACCEPTED' ? 'ACCEPTED' : status === 'DENIED' ? 'DENIED' : 'NOT_ANSWERED';
}

/** The token of a Connections.Response to AskFor, or undefined for any other request. */
export function askForToken(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request as { type?: string; name?: string; token?: string };
  return request.type === 'Connections.Response' && request.name === 'AskFor'
    ? (request.token ?? '')
    : undefined;
}
