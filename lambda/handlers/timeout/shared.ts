import { TIMEOUT_TASK_NAME, TIMEOUT_TASK_VERSION } from '../../alexa/timers';
import type { Household } from '../../domain/household';
import type { Change, Turn } from '../../turn';
import { timerSaga, writeIfStill } from '../timer-saga';
import { setLaunchTimer, type TimerSet } from '../timers';
import { timeZoneOf } from '../week-of';
import { weekStart } from '../../domain/week/calendar';

/** Plumbing shared by the time-out handlers: its timer, the week it counts in. */

/** After a "no" to timers, the time-out keeps time with the couple for two weeks before asking again. */
export const TIMERS_DECLINE_QUIET_MS = 14 * 24 * 60 * 60 * 1000;

/** Timers were declined recently, for the time-out or for the check-in (one decision about timers). */
export function timersDeclinedRecently(household: Household | undefined, now: Date): boolean {
  const times = [household?.timeout.timersDeclinedAt, household?.checkin.timersDeclinedAt];
  return times.some((t) => typeof t === 'string' && now.getTime() - Date.parse(t) < TIMERS_DECLINE_QUIET_MS);
}

/** The break's LAUNCH_TASK timer: it relaunches the skill with the time-out's task. */
export interface BreakTimer {
  task: { name: string; version: string };
  input: Record<string, string>;
  durationMs: number;
  label: string;
  textToConfirm: string;
}

export function breakTimer(turn: Turn, timeoutId: string, minutes: number): BreakTimer {
  return {
    task: { name: TIMEOUT_TASK_NAME, version: TIMEOUT_TASK_VERSION },
    input: { timeoutId },
    durationMs: minutes * 60_000,
    label: turn.t.timeout.timerLabel,
    textToConfirm: turn.t.timeout.timerConfirmText,
  };
}

/** The week an instant fell in, for counting a time-out in the week it happened. */
export async function weekStartAt(turn: Turn, instant: Date): Promise<string> {
  const household = await turn.household();
  return weekStart(instant, await timeZoneOf(turn), household?.settings.therapyDay);
}

/**
 * The break's timer and the write that records it, through the one timer saga: without a timer
 * (none wanted, or it could not be set) the write still runs. `change` gets the household as
 * stored and the timer's id, and returns undefined when the change no longer applies.
 */
export async function breakSaga(
  turn: Turn,
  timer: BreakTimer | undefined,
  change: (household: Household, timerId: string | undefined) => Change | undefined,
): Promise<{ saved: Household; applied: boolean; set: TimerSet }> {
  const {
    timer: set,
    applied,
    value,
  } = await timerSaga(turn, {
    set: async () => (timer ? setLaunchTimer(turn, timer) : {}),
    write: ({ timerId }) => writeIfStill(turn, (h) => change(h, timerId)),
  });
  return { saved: value, applied, set };
}
