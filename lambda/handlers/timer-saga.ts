import type { Household } from '../domain/household';
import type { Change, Turn } from '../turn';
import { cancelTimer, type TimerSet } from './timers';

/**
 * A timer and the write that records it, as one step. The timer is set first (the write stores
 * its id), then the conditional write. When the write fails, or does not apply because another
 * request moved things on meanwhile, the timer just set is cancelled: it must never relaunch the
 * skill into a state that does not expect it. Used by the check-in's turns; any feature that keeps
 * time with an Alexa timer (a time-out) uses it the same way.
 */
export interface TimerSaga<T> {
  /** Sets the timer (or decides not to: return `{}`). Must not throw (see `setLaunchTimer`). */
  set: () => Promise<TimerSet>;
  /** The one conditional write, given the timer; `applied` is false when the state had moved on. */
  write: (timer: TimerSet) => Promise<{ applied: boolean; value: T }>;
  /** Extra undo when the write throws, after the timer is cancelled (e.g. pause a resumed timer). */
  onWriteFailed?: () => Promise<void>;
}

export interface TimerSagaResult<T> {
  timer: TimerSet;
  applied: boolean;
  value: T;
}

export async function timerSaga<T>(turn: Turn, saga: TimerSaga<T>): Promise<TimerSagaResult<T>> {
  const timer = await saga.set();
  let written: { applied: boolean; value: T };
  try {
    written = await saga.write(timer);
  } catch (error) {
    await cancelTimer(turn, timer.timerId);
    await saga.onWriteFailed?.();
    throw error;
  }
  if (!written.applied) await cancelTimer(turn, timer.timerId);
  return { timer, ...written };
}

/**
 * The saga's usual write: the turn's one conditional update, where `change` returns undefined
 * when the state has moved on (another request got there first) and nothing is changed.
 */
export async function writeIfStill(
  turn: Turn,
  change: (household: Household) => Change | undefined,
): Promise<{ applied: boolean; value: Household }> {
  let applied = false;
  const value = await turn.update((h) => {
    const next = change(h);
    applied = next !== undefined;
    return next ?? h;
  });
  return { applied, value };
}
