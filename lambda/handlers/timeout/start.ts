import type { Response } from 'ask-sdk-model';
import { TIMERS_SCOPE } from '../../alexa/timers';
import { newId } from '../../domain/ids';
import type { BreakLength } from '../../domain/timeout/length';
import { newTimeout, pauseCheckinForBreak, proposeTimeout, stepTimeout } from '../../domain/timeout/machine';
import { DEFAULT_TIMEOUT_MINUTES, type ActiveTimeout } from '../../domain/timeout/slice';
import { breakRemainingMs } from '../../domain/timeout/machine';
import type { Ssml } from '../../speech/ssml';
import type { Household } from '../../domain/household';
import type { RecordDraft } from '../../domain/records';
import type { VoicePermissionAnswer } from '../../alexa/permissions';
import type { Turn } from '../../turn';
import { withoutOpenTimeout, withTimersDeclined } from '../../domain/timeout/changes';
import { askForPermission } from '../checkin/shared';
import { currentWeekStart } from '../week-of';
import { pauseTimer, timersGranted } from '../timers';
import { breakSaga, breakTimer, timersDeclinedRecently } from './shared';
import { setTimeoutDialog } from './dialogs';

/**
 * Asking for a time-out: the proposal (20 minutes, or the length they say), then the break
 * itself with its LAUNCH_TASK timer, or the timer permission asked by voice first.
 */

function lengthNote(turn: Turn, length: BreakLength | undefined): Ssml | undefined {
  if (length?.adjusted === 'raised') return turn.t.timeout.lengthRaised(length.minutes);
  if (length?.adjusted === 'lowered') return turn.t.timeout.lengthLowered(length.minutes);
  return undefined;
}

/** "We need a time-out": a break already on is named; otherwise one is proposed or begun. */
export async function askedForTimeout(turn: Turn, length: BreakLength | undefined): Promise<Response> {
  const { timeout: say } = turn.t;
  const household = await turn.household();
  const active = household?.timeout.active;
  if (active?.state === 'running' && breakRemainingMs(active, turn.now) > 0) {
    return turn.tell(
      active.selfTimed
        ? say.alreadyOnBreakSelfTimed
        : say.alreadyOnBreak(turn.t.checkin.timeLeftPhrase(breakRemainingMs(active, turn.now))),
    );
  }
  if (length) return beginBreak(turn, length.minutes, lengthNote(turn, length));
  setTimeoutDialog(turn, { kind: 'timeout.propose', minutes: DEFAULT_TIMEOUT_MINUTES });
  return turn.ask(say.propose, say.proposeReprompt);
}

/** A length said while the break is proposed ("make it 15 minutes") starts it at that length. */
export function lengthChosen(turn: Turn, length: BreakLength): Promise<Response> {
  return beginBreak(turn, length.minutes, lengthNote(turn, length));
}

/**
 * The break begins: a new time-out replaces any earlier one still open (an old one past its
 * time is closed into its week in the same write). With timers allowed, the timer is set and
 * written in one saga; otherwise the permission is asked by voice, or, after a recent "no",
 * the couple keeps time and comes back with "we're back".
 */
export async function beginBreak(turn: Turn, minutes: number, prefix?: Ssml): Promise<Response> {
  const { timeout: say } = turn.t;
  const household = await turn.household();
  const fresh = newTimeout({ id: newId(), now: turn.now, minutes });
  const week = await currentWeekStart(turn);
  // A check-in turn running now is paused for the break, in the same write.
  const checkinPause: { paused: boolean; pausedTimerId?: string } = household
    ? pauseCheckinForBreak(household, turn.now)
    : { paused: false };
  if (checkinPause.paused) await pauseTimer(turn, checkinPause.pausedTimerId);
  const place = (h: Parameters<typeof proposeTimeout>[0]) => {
    const cleared = withoutOpenTimeout(pauseCheckinForBreak(h, turn.now).household, turn.now, week);
    return { household: proposeTimeout(cleared.household, fresh), records: cleared.records };
  };
  if (checkinPause.paused) prefix = say.speech(prefix, say.checkinPaused);

  try {
    return await placeBreak(turn, fresh, household, place, prefix);
  } catch (error) {
    // Not saved: the check-in is still running as stored, so its timer runs on.
    if (checkinPause.paused) await pauseTimer(turn, checkinPause.pausedTimerId, true);
    throw error;
  }
}

async function placeBreak(
  turn: Turn,
  fresh: ActiveTimeout,
  household: Household | undefined,
  place: (h: Household) => { household: Household; records: RecordDraft[] },
  prefix: Ssml | undefined,
): Promise<Response> {
  const { timeout: say } = turn.t;
  const minutes = fresh.minutes;
  if (!timersGranted(turn) && !timersDeclinedRecently(household, turn.now)) {
    await turn.update(place);
    turn.logger.info('time-out proposed, asking for timers');
    return askForPermission(
      turn,
      say.speech(prefix, say.askTimerPermission),
      TIMERS_SCOPE,
      `timeout:${fresh.id}`,
    );
  }
  const withTimer = timersGranted(turn);
  const timer = withTimer ? breakTimer(turn, fresh.id, minutes) : undefined;
  const { set, saved } = await breakSaga(turn, timer, (h, timerId) => {
    const placed = place(h);
    const step = stepTimeout(placed.household, fresh.id, { type: 'start', timerId }, turn.now);
    return step.kind === 'moved' ? { household: step.household, records: placed.records } : undefined;
  });
  const started = saved.timeout.active;
  turn.deps.metrics.count('TimeoutStarted');
  turn.logger.info('time-out started', { minutes, selfTimed: !set?.timerId });
  return startedAnswer(
    turn,
    started ?? fresh,
    prefix,
    set?.timerId ? undefined : withTimer ? say.timerUnavailable : undefined,
  );
}

function startedAnswer(
  turn: Turn,
  started: ActiveTimeout,
  prefix: Ssml | undefined,
  note: Ssml | undefined,
): Response {
  const { timeout: say } = turn.t;
  if (started.timerId && !started.selfTimed)
    return turn.tell(say.speech(prefix, say.started(started.minutes)));
  return turn.tell(say.speech(prefix, say.startedSelfTimed(started.minutes, note)));
}

/** The answer to the timer permission: the proposed time-out's break begins, with or without a timer. */
export async function permissionAnswered(
  turn: Turn,
  timeoutId: string,
  answer: VoicePermissionAnswer,
): Promise<Response> {
  const { timeout: say } = turn.t;
  const household = await turn.household();
  const active = household?.timeout.active;
  if (!active || active.id !== timeoutId || active.state !== 'proposed') return turn.tell(say.noBreak);
  const timer = answer === 'ACCEPTED' ? breakTimer(turn, active.id, active.minutes) : undefined;
  const { saved, applied, set } = await breakSaga(turn, timer, (h, timerId) => {
    const step = stepTimeout(h, timeoutId, { type: 'start', timerId }, turn.now);
    if (step.kind !== 'moved') return undefined;
    if (answer !== 'DENIED') return step.household;
    return withTimersDeclined(step.household, turn.now);
  });
  const started = saved.timeout.active;
  if (!applied || !started) return turn.tell(say.noBreak);
  turn.deps.metrics.count('TimeoutStarted');
  const note =
    answer === 'DENIED'
      ? say.permissionDenied
      : answer === 'NOT_ANSWERED'
        ? say.permissionUnanswered
        : // The request itself failed (status.code 400/500): as a no this once, not remembered.
          answer === 'FAILED'
          ? say.permissionFailed
          : set?.timerId
            ? undefined
            : say.timerUnavailable;
  return startedAnswer(
    turn,
    started,
    answer === 'ACCEPTED' && set?.timerId ? turn.t.checkin.timerPermissionThanks : undefined,
    note,
  );
}
