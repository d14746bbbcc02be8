import type { Response } from 'ask-sdk-model';
import { AlexaApiError } from '../../alexa/api';
import { TIMERS_SCOPE } from '../../alexa/timers';
import { applyEvent, withActive } from '../../domain/checkin/changes';
import {
  currentSpeaking,
  isStale,
  isTurnOver,
  remainingMs,
  speakingMs,
  transition,
} from '../../domain/checkin/machine';
import { pickQuestion } from '../../domain/checkin/questions';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import { partner, type Household } from '../../domain/household';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { timerSaga, writeIfStill } from '../timer-saga';
import { pauseTimer } from '../timers';
import { tellWithScreen } from './screen';
import {
  askForPermission,
  cancelTimer,
  focusTheme,
  questionText,
  setTurnTimer,
  speakerOfTurn,
  timeLeftMs,
  timersApi,
  timersGranted,
  weekStartOf,
} from './shared';
import { noActiveAnswer, staleAnswer } from './stale';
import { startAwaiting } from './start';
import { timeIsUp } from './turn-over';

/** While a check-in runs: where are we, pause and resume, time left, another question, end early. */

/** "Continue our check-in": picks up exactly where the check-in is. */
export async function continueCheckin(turn: Turn, household: Household, prefix?: Ssml): Promise<Response> {
  const { checkin: say } = turn.t;
  const active = household.checkin.active;
  if (!active) return noActiveAnswer(turn, prefix);
  if (isStale(active, turn.now)) return staleAnswer(turn, active);
  if (active.state === 'awaiting-permission') {
    if (timersGranted(turn)) return afterStart(turn, await startAwaiting(turn, active, 'ACCEPTED'));
    return askForPermission(
      turn,
      say.speech(prefix, say.waitingForPermission, say.askTimerPermission),
      TIMERS_SCOPE,
      `checkin:${active.id}`,
    );
  }
  if (active.state === 'turn-paused') return resume(turn, household, active, prefix);
  if (isTurnOver(active, turn.now)) return timeIsUp(turn, active, 'timer-fired');
  const cur = currentSpeaking(active);
  const name = partner(household, cur.partner).name;
  const question = questionText(turn, cur.questionId);
  if (active.selfTimed) {
    return tellWithScreen(
      turn,
      say.speech(prefix, say.turnStillGoingSelfTimed(name, question)),
      household,
      active,
    );
  }
  // The timer may have been cancelled by hand ("Alexa, cancel the timer"): set it again, through
  // the saga, so a timer whose write did not land (the other Echo moved on) is cancelled.
  let note: Ssml | undefined;
  let current = active;
  let left = await timeLeftMs(turn, active);
  if (cur.timerId) {
    const exists = await timersApi(turn)
      ?.get(cur.timerId)
      .catch(() => null);
    if (exists === undefined) {
      left = Math.max(1000, left);
      const restarted = await restartTimer(turn, household, active, left);
      if ('movedOn' in restarted) return continueCheckin(turn, restarted.movedOn, prefix);
      if (restarted.active) {
        current = restarted.active;
        note = say.timerRestarted;
      }
    }
  }
  return tellWithScreen(
    turn,
    say.speech(prefix, say.turnStillGoing(name, say.timeLeftPhrase(left), question), note),
    household,
    current,
  );
}

/** The running turn with `timerId` as its timer. */
function withTurnTimer(active: ActiveCheckin, timerId: string, now: Date): ActiveCheckin {
  const turns = active.turns.slice();
  turns[active.turnIndex] = { ...turns[active.turnIndex]!, timerId };
  return { ...active, turns, touchedAt: now.toISOString() };
}

/** A new timer for the running turn's time left, and the write that records it. */
async function restartTimer(
  turn: Turn,
  household: Household,
  active: ActiveCheckin,
  left: number,
): Promise<{ active?: ActiveCheckin } | { movedOn: Household }> {
  const { timer, applied, value } = await timerSaga(turn, {
    set: () => setTurnTimer(turn, active.id, active.turnIndex, left),
    write: async ({ timerId }) => {
      if (!timerId) return { applied: false, value: household };
      return writeIfStill(turn, (h) => {
        const change = applyEvent(h, active.id, (c) => withTurnTimer(c, timerId, turn.now), turn.now, {
          still: (c) => c.state === 'turn-running' && c.turnIndex === active.turnIndex,
        });
        return change.applied ? change.household : undefined;
      });
    },
  });
  if (!timer.timerId) return {};
  return applied ? { active: withTurnTimer(active, timer.timerId, turn.now) } : { movedOn: value };
}

/** The answer once a check-in waiting for the timer permission was started (or had moved on). */
export function afterStart(
  turn: Turn,
  started: Response | { movedOn: Household },
): Promise<Response> | Response {
  return 'movedOn' in started ? continueCheckin(turn, started.movedOn) : started;
}

/** A turn already paused: who it was, and the time it keeps. */
function pausedAlready(turn: Turn, household: Household, active: ActiveCheckin, name: string): Response {
  const left = turn.t.checkin.timeLeftPhrase(currentSpeaking(active).pausedRemainingMs ?? 0);
  return tellWithScreen(turn, turn.t.checkin.pausedAlready(name, left), household, active);
}

export async function pauseCheckin(
  turn: Turn,
  household: Household,
  active: ActiveCheckin,
): Promise<Response> {
  const { checkin: say } = turn.t;
  const name = speakerOfTurn(household, active).name;
  if (active.state === 'turn-paused') return pausedAlready(turn, household, active, name);
  if (active.state !== 'turn-running') return continueCheckin(turn, household);
  const left = await timeLeftMs(turn, active);
  const timerId = active.selfTimed ? undefined : currentSpeaking(active).timerId;
  const pause = (a: ActiveCheckin) => {
    const moved = transition(a, { type: 'pause' }, turn.now).checkin;
    const turns = moved.turns.slice();
    turns[moved.turnIndex] = { ...turns[moved.turnIndex]!, pausedRemainingMs: Math.round(left) };
    return { ...moved, turns };
  };
  const { value: saved } = await timerSaga(turn, {
    // Pausing sets no timer; the Alexa timer is paused first, so it cannot ring meanwhile.
    set: async () => {
      await pauseTimer(turn, timerId);
      return {};
    },
    write: async () => ({
      applied: true,
      value: await turn.update(
        (h) =>
          applyEvent(h, active.id, pause, turn.now, { still: (c) => c.state === 'turn-running' }).household,
      ),
    }),
    // Not saved: the check-in still runs as stored, so its timer runs on.
    onWriteFailed: () => pauseTimer(turn, timerId, true),
  });
  return tellWithScreen(turn, say.paused(name, say.timeLeftPhrase(left)), saved, pause(active));
}

export async function resume(
  turn: Turn,
  household: Household,
  active: ActiveCheckin,
  prefix?: Ssml,
): Promise<Response> {
  const { checkin: say } = turn.t;
  const name = speakerOfTurn(household, active).name;
  if (active.state !== 'turn-paused') {
    return continueCheckin(turn, household, say.speech(prefix, say.notPaused));
  }
  const cur = currentSpeaking(active);
  const left = cur.pausedRemainingMs ?? speakingMs(active.minutes);
  const timers = timersApi(turn);
  let resumed = false;
  const {
    timer,
    applied,
    value: saved,
  } = await timerSaga(turn, {
    // The paused timer is resumed when it still exists; otherwise a new one is set.
    set: async () => {
      if (active.selfTimed) return {};
      if (cur.timerId && timers) {
        try {
          await timers.resume(cur.timerId);
          resumed = true;
          return {};
        } catch (error) {
          if (!(error instanceof AlexaApiError && error.status === 404)) {
            turn.logger.warn('timer not resumed', { errorName: (error as Error)?.name });
          }
        }
      }
      return setTurnTimer(turn, active.id, active.turnIndex, left);
    },
    write: (set) =>
      writeIfStill(turn, (h) => {
        const change = applyEvent(h, active.id, { type: 'resume', timerId: set.timerId }, turn.now, {
          still: (c) => c.state === 'turn-paused',
        });
        return change.applied ? change.household : undefined;
      }),
    // Not saved: the check-in is still paused, so its resumed timer must not run on.
    onWriteFailed: () => pauseTimer(turn, resumed ? cur.timerId : undefined),
  });
  // Another request resumed or ended it meanwhile: a timer we set was a second one (cancelled).
  if (!applied) return continueCheckin(turn, saved);
  const next = transition(active, { type: 'resume', timerId: timer.timerId }, turn.now).checkin;
  // The question again: a pause, or a night's sleep, is long enough to lose it.
  const question = questionText(turn, cur.questionId);
  return tellWithScreen(
    turn,
    say.speech(prefix, say.resumed(name, say.timeLeftPhrase(left), question)),
    saved,
    next,
  );
}

export async function endCheckin(
  turn: Turn,
  _household: Household,
  active: ActiveCheckin,
): Promise<Response> {
  const { checkin: say } = turn.t;
  if (transition(active, { type: 'end-early' }, turn.now).kind === 'never-started') {
    // Still waiting for the timer permission: nothing happened, so nothing is recorded.
    await turn.update(
      (h) =>
        applyEvent(h, active.id, { type: 'end-early' }, turn.now, {
          still: (c) => transition(c, { type: 'end-early' }, turn.now).kind === 'never-started',
        }).household,
    );
    turn.logger.info('check-in ended before it started');
    return turn.tell(say.endedBeforeStart);
  }
  if (active.turnIndex === 1 && active.selfTimed) return timeIsUp(turn, active, 'ready-to-switch');
  await cancelTimer(turn, currentSpeaking(active).timerId);
  const weekStart = await weekStartOf(turn);
  await turn.update((h) => applyEvent(h, active.id, { type: 'end-early' }, turn.now, { weekStart }));
  turn.deps.metrics.count('CheckinEndedEarly');
  turn.logger.info('check-in ended early');
  return turn.tell(say.endedEarly);
}

export async function anotherQuestion(
  turn: Turn,
  household: Household,
  active: ActiveCheckin,
): Promise<Response> {
  const { checkin: say } = turn.t;
  const cur = currentSpeaking(active);
  const name = partner(household, cur.partner).name;
  if (cur.replaced.length > 0) {
    return tellWithScreen(
      turn,
      say.anotherAlreadyUsed(questionText(turn, cur.questionId)),
      household,
      active,
    );
  }
  const inThisCheckin = active.turns.flatMap((t) => [...t.replaced, t.questionId]);
  const question = pickQuestion(
    {
      recent: household.checkin.recentQuestions,
      exclude: inThisCheckin,
      focus: await focusTheme(turn, household),
    },
    () => turn.random(),
  );
  const event = { type: 'another-question', questionId: question.id } as const;
  const next = transition(active, event, turn.now).checkin;
  // As before: the change is written whatever the other Echo did to the question meanwhile.
  const saved = await turn.update((h) =>
    h.checkin.active?.id === active.id
      ? withActive(h, transition(h.checkin.active, event, turn.now).checkin)
      : h,
  );
  return tellWithScreen(turn, say.anotherQuestion(name, say.question(question.id)), saved, next);
}

/** "How much time is left?" */
export async function timeLeft(turn: Turn, household: Household, active: ActiveCheckin): Promise<Response> {
  const { checkin: say } = turn.t;
  const name = speakerOfTurn(household, active).name;
  if (active.state === 'turn-paused') return pausedAlready(turn, household, active, name);
  if (active.selfTimed) {
    // No timer to read: the estimate from the turn's start, as "pause our check-in" gives it.
    const left = remainingMs(active, turn.now);
    const answer =
      left > 0 ? say.timeLeftSelfTimed(name, say.timeLeftPhrase(left)) : say.timeUpSelfTimed(name);
    return tellWithScreen(turn, answer, household, active);
  }
  if (isTurnOver(active, turn.now)) return timeIsUp(turn, active, 'timer-fired');
  const left = await timeLeftMs(turn, active);
  return tellWithScreen(turn, say.timeLeft(name, say.timeLeftPhrase(left)), household, active);
}

/**
 * Runs `then` on the active check-in; without one, offers to start; closes a stale one first.
 * A check-in still waiting for the timer permission is picked up (the permission asked again)
 * unless `beforeStart` says `then` handles that state itself (ending it).
 */
export function withActiveCheckin(
  then: (turn: Turn, household: Household, active: ActiveCheckin) => Promise<Response>,
  options: { beforeStart?: boolean } = {},
) {
  return async (turn: Turn, household: Household): Promise<Response> => {
    const active = household.checkin.active;
    if (!active) return noActiveAnswer(turn);
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state === 'awaiting-permission' && !options.beforeStart)
      return continueCheckin(turn, household);
    return then(turn, household, active);
  };
}
