import { currentSpeaking, transition } from '../checkin/machine';
import type { Household } from '../household';
import { recordActivity } from '../week/activity';
import { EXTRA_BREAK_MINUTES, MAX_TIMEOUT_MINUTES, MIN_TIMEOUT_MINUTES, type ActiveTimeout } from './slice';

/**
 * The time-out as a pure state machine over the household:
 *
 *   (asked) → proposed ─start→ running ─timer-fired / back-early→ back ─answered→ closed
 *                                  ↑                                 │
 *                                  └──────── not-yet (once) ─────────┘
 *
 * Every function returns the next household and, when the time-out ends, the record to write
 * beside it in the same transaction. Nothing here talks to Alexa or AWS.
 */

/** Untouched this long after its break was due to end, a time-out is closed as not come back. */
export const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

export type TimeoutEvent =
  /** The timer permission was answered (or already granted): the break begins. */
  | { type: 'start'; timerId?: string }
  /** The timer ended and relaunched the skill, or the break's time has passed. */
  | { type: 'timer-fired' }
  /** "We're back" before the timer ended. */
  | { type: 'back-early' }
  /** "Not yet" at the restart: one more short break, once. */
  | { type: 'not-yet'; timerId?: string };

export type TimeoutOutcome = 'came-back' | 'not-back';

/** What a finished time-out leaves: facts about the household's break, no words, no partner. */
export interface TimeoutRecord {
  id: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  extended: boolean;
  selfTimed: boolean;
  cameBack: boolean;
}

export type TimeoutStep =
  | { kind: 'moved'; household: Household; timeout: ActiveTimeout }
  /** The event makes no sense in this state (e.g. a second "not yet"): nothing changes. */
  | { kind: 'ignored'; household: Household; reason: string };

export function clampTimeoutMinutes(minutes: number): number {
  return Math.min(MAX_TIMEOUT_MINUTES, Math.max(MIN_TIMEOUT_MINUTES, Math.round(minutes)));
}

export function newTimeout(options: { id: string; now: Date; minutes: number }): ActiveTimeout {
  const at = options.now.toISOString();
  return {
    id: options.id,
    startedAt: at,
    touchedAt: at,
    minutes: clampTimeoutMinutes(options.minutes),
    state: 'proposed',
    selfTimed: false,
    extended: false,
  };
}

/** Places a new time-out in the household (any earlier one must have been closed first). */
export function proposeTimeout(household: Household, timeout: ActiveTimeout): Household {
  return { ...household, timeout: { ...household.timeout, active: timeout } };
}

/** Milliseconds until the break ends, by the stored end time (0 once it has passed). */
export function breakRemainingMs(timeout: ActiveTimeout, now: Date): number {
  if (timeout.state !== 'running' || !timeout.endsAt) return 0;
  return Math.max(0, Date.parse(timeout.endsAt) - now.getTime());
}

/** True when the running break's time has passed (the timer's relaunch may never have come). */
export function isBreakOver(timeout: ActiveTimeout, now: Date): boolean {
  return timeout.state === 'running' && !timeout.selfTimed && breakRemainingMs(timeout, now) === 0;
}

export function isStale(timeout: ActiveTimeout, now: Date): boolean {
  const due = Math.max(Date.parse(timeout.touchedAt), timeout.endsAt ? Date.parse(timeout.endsAt) : 0);
  return now.getTime() - due > STALE_AFTER_MS;
}

function running(timeout: ActiveTimeout, now: Date, minutes: number, timerId?: string): ActiveTimeout {
  const next: ActiveTimeout = {
    ...timeout,
    touchedAt: now.toISOString(),
    state: 'running',
    endsAt: new Date(now.getTime() + minutes * 60_000).toISOString(),
    selfTimed: !timerId,
    timerId,
  };
  if (!timerId) delete next.timerId;
  return next;
}

function next(timeout: ActiveTimeout, event: TimeoutEvent, now: Date): ActiveTimeout | string {
  switch (event.type) {
    case 'start':
      return timeout.state === 'proposed' ? running(timeout, now, timeout.minutes, event.timerId) : 'started';
    case 'timer-fired':
    case 'back-early': {
      if (timeout.state !== 'running') return 'not-running';
      const back: ActiveTimeout = { ...timeout, touchedAt: now.toISOString(), state: 'back' };
      delete back.timerId;
      delete back.endsAt;
      return back;
    }
    case 'not-yet':
      if (timeout.state !== 'back') return 'not-back';
      if (timeout.extended) return 'already-extended';
      return { ...running(timeout, now, EXTRA_BREAK_MINUTES, event.timerId), extended: true };
  }
}

/**
 * Applies one event to the household's time-out, only when it is the time-out `id` (another
 * Echo may have ended it and started another meanwhile).
 */
export function stepTimeout(household: Household, id: string, event: TimeoutEvent, now: Date): TimeoutStep {
  const active = household.timeout.active;
  if (!active || active.id !== id) return { kind: 'ignored', household, reason: 'not-active' };
  const moved = next(active, event, now);
  if (typeof moved === 'string') return { kind: 'ignored', household, reason: moved };
  return {
    kind: 'moved',
    household: { ...household, timeout: { ...household.timeout, active: moved } },
    timeout: moved,
  };
}

export function timeoutRecord(timeout: ActiveTimeout, endedAt: Date, outcome: TimeoutOutcome): TimeoutRecord {
  return {
    id: timeout.id,
    startedAt: timeout.startedAt,
    endedAt: endedAt.toISOString(),
    minutes: timeout.minutes,
    extended: timeout.extended,
    selfTimed: timeout.selfTimed,
    cameBack: outcome === 'came-back',
  };
}

/**
 * Ends the time-out `id`: the slice forgets it, the week counts it (for the household), and
 * the record is returned for the same write. A time-out that never began its break (still
 * waiting for the permission) leaves nothing behind. Undefined when `id` is not the active one.
 */
export function closeTimeout(
  household: Household,
  id: string,
  outcome: TimeoutOutcome,
  endedAt: Date,
  weekStart: string,
): { household: Household; record?: TimeoutRecord } | undefined {
  const active = household.timeout.active;
  if (!active || active.id !== id) return undefined;
  const cleared: Household = { ...household, timeout: { ...household.timeout, active: undefined } };
  if (active.state === 'proposed') return { household: cleared };
  const record = timeoutRecord(active, endedAt, outcome);
  return {
    household: recordActivity(cleared, weekStart, { kind: 'timeout-closed', cameBack: record.cameBack }),
    record,
  };
}

/**
 * A check-in running when the argument sharpened is paused for the break (its turn's time kept),
 * so its timer does not ring into the next question while the couple is apart. Returns the
 * household unchanged when no check-in turn is running, and the paused turn's timer otherwise.
 */
export function pauseCheckinForBreak(
  household: Household,
  now: Date,
): { household: Household; pausedTimerId?: string; paused: boolean } {
  const checkin = household.checkin.active;
  if (!checkin || checkin.state !== 'turn-running') return { household, paused: false };
  const moved = transition(checkin, { type: 'pause' }, now);
  if (moved.kind !== 'open') return { household, paused: false };
  return {
    household: { ...household, checkin: { ...household.checkin, active: moved.checkin } },
    pausedTimerId: checkin.selfTimed ? undefined : currentSpeaking(checkin).timerId,
    paused: true,
  };
}
