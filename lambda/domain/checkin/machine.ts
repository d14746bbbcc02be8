import type { Household } from '../household';
import { otherPartnerId, type PartnerId } from '../partner-id';
import type { RecordDraft } from '../records';
import { recordActivity } from '../week/activity';
import type { ActiveCheckin, SpeakingTime } from './slice';

/**
 * The check-in as a pure state machine. A check-in is two turns, one per partner; each turn
 * runs for half the length, kept by an Alexa timer (or by the couple when timers are not
 * allowed). Nothing here talks to AWS or Alexa: handlers apply events and persist the result.
 */
export const MIN_MINUTES = 2;
export const MAX_MINUTES = 60;
/** A check-in untouched for this long is closed as unfinished. */
export const STALE_AFTER_MS = 2 * 60 * 60 * 1000;
/** The check-in record keeps this many recent check-ins' questions to avoid repeats. */
export const RECENT_CHECKINS = 8;

export type CheckinOutcome = 'completed' | 'ended-early' | 'unfinished';

export type CheckinEvent =
  /** The timer permission was answered: the first turn starts (with its timer, when allowed). */
  | { type: 'start'; timerId?: string; selfTimed: boolean }
  /** A turn's time is up: the timer relaunched the skill, or "continue" found it past its end. */
  | { type: 'timer-fired'; nextTimerId?: string }
  /** "We're ready to switch": ends the running turn now. */
  | { type: 'ready-to-switch'; nextTimerId?: string }
  | { type: 'pause' }
  | { type: 'resume'; timerId?: string }
  | { type: 'another-question'; questionId: string }
  | { type: 'end-early' }
  | { type: 'stale-timeout' };

export type Transition =
  | { kind: 'open'; checkin: ActiveCheckin }
  | { kind: 'closed'; checkin: ActiveCheckin; outcome: CheckinOutcome }
  /**
   * Ended before the first turn began (still waiting for the timer permission): nothing
   * happened, so the check-in is dropped without a record, neither completed nor unfinished.
   */
  | { kind: 'never-started'; checkin: ActiveCheckin }
  /** The event makes no sense now (e.g. pause while paused); nothing changes. */
  | { kind: 'ignored'; checkin: ActiveCheckin; reason: string };

/** Half the check-in, in milliseconds: each partner's turn. */
export function speakingMs(minutes: number): number {
  return Math.round((minutes * 60_000) / 2);
}

export function clampMinutes(minutes: number): number {
  return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes)));
}

/** Who goes first: the other partner from last time (p1 the very first time). */
export function alternateFirst(lastFirst: PartnerId | undefined): PartnerId {
  return lastFirst ? otherPartnerId(lastFirst) : 'p1';
}

export function isStale(checkin: ActiveCheckin, now: Date): boolean {
  return now.getTime() - Date.parse(checkin.touchedAt) > STALE_AFTER_MS;
}

export function currentSpeaking(checkin: ActiveCheckin): SpeakingTime {
  return checkin.turns[checkin.turnIndex]!;
}

/** Milliseconds left in the running (or paused) turn, by the stored times. */
export function remainingMs(checkin: ActiveCheckin, now: Date): number {
  const turn = currentSpeaking(checkin);
  if (checkin.state === 'turn-paused') return turn.pausedRemainingMs ?? 0;
  if (checkin.state !== 'turn-running' || !turn.endsAt) return speakingMs(checkin.minutes);
  return Math.max(0, Date.parse(turn.endsAt) - now.getTime());
}

/** True when the running turn's time has passed (the relaunch may never have come). */
export function isTurnOver(checkin: ActiveCheckin, now: Date): boolean {
  return checkin.state === 'turn-running' && remainingMs(checkin, now) === 0;
}

export function newCheckin(options: {
  id: string;
  now: Date;
  minutes: number;
  first: PartnerId;
  questionIds: [string, string];
}): ActiveCheckin {
  const at = options.now.toISOString();
  return {
    id: options.id,
    startedAt: at,
    touchedAt: at,
    minutes: clampMinutes(options.minutes),
    state: 'awaiting-permission',
    turnIndex: 0,
    selfTimed: false,
    turns: [
      { partner: options.first, questionId: options.questionIds[0], replaced: [] },
      { partner: otherPartnerId(options.first), questionId: options.questionIds[1], replaced: [] },
    ],
  };
}

function withTurn(checkin: ActiveCheckin, index: 0 | 1, turn: SpeakingTime): ActiveCheckin {
  const turns = checkin.turns.slice();
  turns[index] = turn;
  return { ...checkin, turns };
}

function beginTurn(checkin: ActiveCheckin, index: 0 | 1, now: Date, timerId?: string): ActiveCheckin {
  const turn = checkin.turns[index]!;
  const started: SpeakingTime = {
    ...turn,
    startedAt: now.toISOString(),
    endsAt: new Date(now.getTime() + speakingMs(checkin.minutes)).toISOString(),
    timerId,
  };
  delete started.pausedRemainingMs;
  if (!timerId) delete started.timerId;
  return { ...withTurn(checkin, index, started), state: 'turn-running', turnIndex: index };
}

function finishTurn(checkin: ActiveCheckin, now: Date, ranFullTime: boolean): ActiveCheckin {
  const turn = currentSpeaking(checkin);
  if (!turn.startedAt || turn.endedAt) return checkin;
  const ended: SpeakingTime = { ...turn, endedAt: now.toISOString(), ranFullTime };
  delete ended.endsAt;
  delete ended.pausedRemainingMs;
  return withTurn(checkin, checkin.turnIndex, ended);
}

/** Applies one event. Pure: the same check-in, event and time always give the same result. */
export function transition(checkin: ActiveCheckin, event: CheckinEvent, now: Date): Transition {
  const touched = { ...checkin, touchedAt: now.toISOString() };
  switch (event.type) {
    case 'start': {
      if (checkin.state !== 'awaiting-permission')
        return { kind: 'ignored', checkin, reason: 'already-started' };
      const selfTimed = event.selfTimed || !event.timerId;
      return { kind: 'open', checkin: beginTurn({ ...touched, selfTimed }, 0, now, event.timerId) };
    }
    case 'timer-fired':
    case 'ready-to-switch': {
      if (checkin.state === 'awaiting-permission') return { kind: 'ignored', checkin, reason: 'not-started' };
      const ranFullTime =
        event.type === 'timer-fired' ||
        (checkin.state === 'turn-running' && remainingMs(checkin, now) <= 1000);
      const finished = finishTurn(touched, now, ranFullTime);
      if (checkin.turnIndex === 0) {
        return { kind: 'open', checkin: beginTurn(finished, 1, now, event.nextTimerId) };
      }
      return { kind: 'closed', checkin: finished, outcome: 'completed' };
    }
    case 'pause': {
      if (checkin.state !== 'turn-running') return { kind: 'ignored', checkin, reason: 'not-running' };
      const left = remainingMs(checkin, now);
      const turn = { ...currentSpeaking(checkin), pausedRemainingMs: Math.round(left) };
      delete turn.endsAt;
      return {
        kind: 'open',
        checkin: { ...withTurn(touched, checkin.turnIndex, turn), state: 'turn-paused' },
      };
    }
    case 'resume': {
      if (checkin.state !== 'turn-paused') return { kind: 'ignored', checkin, reason: 'not-paused' };
      const turn = currentSpeaking(checkin);
      const left = turn.pausedRemainingMs ?? speakingMs(checkin.minutes);
      const resumed: SpeakingTime = {
        ...turn,
        endsAt: new Date(now.getTime() + left).toISOString(),
        ...(event.timerId ? { timerId: event.timerId } : {}),
      };
      delete resumed.pausedRemainingMs;
      return {
        kind: 'open',
        checkin: { ...withTurn(touched, checkin.turnIndex, resumed), state: 'turn-running' },
      };
    }
    case 'another-question': {
      const turn = currentSpeaking(checkin);
      if (turn.replaced.length > 0) return { kind: 'ignored', checkin, reason: 'already-replaced' };
      const replaced: SpeakingTime = {
        ...turn,
        questionId: event.questionId,
        replaced: [...turn.replaced, turn.questionId],
      };
      return { kind: 'open', checkin: withTurn(touched, checkin.turnIndex, replaced) };
    }
    case 'end-early': {
      if (checkin.state === 'awaiting-permission') return { kind: 'never-started', checkin: touched };
      const finished = finishTurn(touched, now, false);
      return { kind: 'closed', checkin: finished, outcome: 'ended-early' };
    }
    case 'stale-timeout': {
      // The last step is the best we know of when it ended; never the moment we noticed.
      const at = new Date(Date.parse(checkin.touchedAt));
      const finished = finishTurn(checkin, at, false);
      return { kind: 'closed', checkin: finished, outcome: 'unfinished' };
    }
  }
}

/** What a finished check-in leaves behind: its record, stored beside the household. */
export interface CheckinRecord {
  id: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  outcome: CheckinOutcome;
  selfTimed: boolean;
  turns: {
    partner: PartnerId;
    questionId: string;
    startedAt?: string;
    endedAt?: string;
    ranFullTime: boolean;
  }[];
}

export function checkinRecord(checkin: ActiveCheckin, endedAt: Date, outcome: CheckinOutcome): CheckinRecord {
  return {
    id: checkin.id,
    startedAt: checkin.startedAt,
    endedAt: endedAt.toISOString(),
    minutes: checkin.minutes,
    outcome,
    selfTimed: checkin.selfTimed,
    turns: checkin.turns.map((t) => ({
      partner: t.partner,
      questionId: t.questionId,
      ...(t.startedAt ? { startedAt: t.startedAt } : {}),
      ...(t.endedAt ? { endedAt: t.endedAt } : {}),
      ranFullTime: t.ranFullTime ?? false,
    })),
  };
}

/** Minutes the couple actually spent in their turns (for the week's account). */
export function minutesSpent(record: CheckinRecord): number {
  const ms = record.turns.reduce((sum, t) => {
    if (!t.startedAt || !t.endedAt) return sum;
    return sum + Math.max(0, Date.parse(t.endedAt) - Date.parse(t.startedAt));
  }, 0);
  return Math.round(ms / 60_000);
}

/**
 * Closes the active check-in into the household: the slice forgets it, remembers its
 * questions (so they are not repeated for eight check-ins), and the week records it.
 */
export function closeIntoHousehold(
  household: Household,
  closed: ActiveCheckin,
  outcome: CheckinOutcome,
  endedAt: Date,
  weekStart: string,
): { household: Household; record: CheckinRecord; records: RecordDraft[] } {
  const record = checkinRecord(closed, endedAt, outcome);
  const asked = closed.turns.flatMap((t) => [...t.replaced, t.questionId]);
  const slice = household.checkin;
  const next: Household = {
    ...household,
    checkin: {
      ...slice,
      active: undefined,
      recentQuestions: [asked, ...slice.recentQuestions].slice(0, RECENT_CHECKINS),
      unfinishedNotice: outcome === 'unfinished' ? true : slice.unfinishedNotice,
      completedCount: slice.completedCount + (outcome === 'unfinished' ? 0 : 1),
    },
  };
  const withWeek =
    outcome === 'unfinished'
      ? recordActivity(next, weekStart, { kind: 'checkin-unfinished' })
      : recordActivity(next, weekStart, { kind: 'checkin-completed', minutes: minutesSpent(record) });
  const put: RecordDraft = {
    kind: 'CHECKIN',
    startedAt: closed.startedAt,
    id: closed.id,
    data: record as unknown as Record<string, unknown>,
    writtenAt: record.endedAt,
  };
  return { household: withWeek, record, records: [put] };
}
