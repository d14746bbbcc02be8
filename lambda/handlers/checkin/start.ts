import type { VoicePermissionAnswer } from '../../alexa/permissions';
import type { Response } from 'ask-sdk-model';
import { TIMERS_SCOPE } from '../../alexa/timers';
import { applyEvent, startCheckin, timersDeclined } from '../../domain/checkin/changes';
import { alternateFirst, isStale, newCheckin, speakingMs, transition } from '../../domain/checkin/machine';
import { pickPair } from '../../domain/checkin/questions';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { Household, PartnerId } from '../../domain/household';
import { newId } from '../../domain/ids';
import type { Turn } from '../../turn';
import { timerSaga, writeIfStill } from '../timer-saga';
import { DIALOG } from './dialogs';
import { tellWithScreen } from './screen';
import {
  askForPermission,
  focusTheme,
  setTurnTimer,
  timersGranted,
  TIMERS_DECLINE_QUIET_MS,
  turnIntro,
  weekStartAt,
} from './shared';

/**
 * Starting: are you both here → who goes first → the check-in is created with its questions,
 * and the first partner's time starts with its timer (or the timer permission is asked first).
 */

/** "Yes, we're both here": a known speaker is asked whether they go first; otherwise we alternate. */
export async function bothHere(
  turn: Turn,
  household: Household,
  minutes: number,
  remember: boolean,
): Promise<Response> {
  const speaker = await turn.speaker();
  if (speaker) {
    turn.setDialog({ kind: DIALOG.whoFirst, minutes, remember, speaker: speaker.id });
    return turn.ask(turn.t.checkin.askGoFirst(speaker.name), turn.t.checkin.askGoFirstReprompt(speaker.name));
  }
  return begin(turn, household, minutes, remember, alternateFirst(household.checkin.lastFirst));
}

/** Creates the check-in: questions chosen, first partner's time started (or the timer permission asked). */
export async function begin(
  turn: Turn,
  household: Household,
  minutes: number,
  remember: boolean,
  first: PartnerId,
): Promise<Response> {
  const { checkin: say } = turn.t;
  const slice = household.checkin;
  const stale = slice.active && isStale(slice.active, turn.now) ? slice.active : undefined;
  const staleWeek = stale ? await weekStartAt(turn, new Date(stale.touchedAt)) : '';
  const staleAsked = stale ? stale.turns.flatMap((t) => [...t.replaced, t.questionId]) : [];
  const recent = staleAsked.length ? [staleAsked, ...slice.recentQuestions] : slice.recentQuestions;
  const [q1, q2] = pickPair(recent, await focusTheme(turn, household), () => turn.random());
  const fresh = newCheckin({ id: newId(), now: turn.now, minutes, first, questionIds: [q1.id, q2.id] });
  const declinedAt = slice.timersDeclinedAt ? Date.parse(slice.timersDeclinedAt) : undefined;
  const declinedRecently =
    declinedAt !== undefined && turn.now.getTime() - declinedAt < TIMERS_DECLINE_QUIET_MS;
  const granted = timersGranted(turn);

  // Timers allowed: the first partner's timer; declined lately: self-timed; else ask first.
  const { timer, value } = await timerSaga(turn, {
    set: async () => (granted ? setTurnTimer(turn, fresh.id, 0, speakingMs(fresh.minutes)) : {}),
    write: async (set) => {
      const started =
        granted || declinedRecently
          ? transition(fresh, { type: 'start', timerId: set.timerId, selfTimed: !set.timerId }, turn.now)
              .checkin
          : fresh;
      const saved = await turn.update((h) =>
        startCheckin(h, { started, first, remember, now: turn.now, staleWeek }),
      );
      return { applied: true, value: { saved, started } };
    },
  });
  const { saved, started } = value;
  turn.deps.metrics.count('CheckinStarted');
  turn.logger.info('check-in started', { minutes: started.minutes, selfTimed: started.selfTimed });

  const note = granted
    ? timer.failure
      ? say.timerUnavailable
      : undefined
    : declinedRecently
      ? say.timersOffReminder
      : undefined;
  const prefix = say.speech(
    slice.unfinishedNotice || stale ? say.unfinishedBefore : undefined,
    remember && household.settings.checkinMinutes !== started.minutes
      ? say.lengthRemembered(started.minutes)
      : undefined,
    note,
  );
  if (!granted && !declinedRecently) {
    return askForPermission(
      turn,
      say.speech(prefix, say.askTimerPermission),
      TIMERS_SCOPE,
      `checkin:${started.id}`,
    );
  }
  return tellWithScreen(turn, turnIntro(turn, saved, started, prefix), saved, started);
}

/**
 * The first partner's time, for a check-in that was waiting for the timer permission. Returns
 * the household instead of an answer when another request started or ended it meanwhile.
 */
export async function startAwaiting(
  turn: Turn,
  active: ActiveCheckin,
  answer: VoicePermissionAnswer,
): Promise<Response | { movedOn: Household }> {
  const { checkin: say } = turn.t;
  const accepted = answer === 'ACCEPTED';
  const startEvent = (timerId: string | undefined) =>
    ({ type: 'start', timerId, selfTimed: !accepted || !timerId }) as const;
  const {
    timer,
    applied,
    value: saved,
  } = await timerSaga(turn, {
    // Not saved, or moved on: the timer must not relaunch into a check-in still waiting to start.
    set: async () => (accepted ? setTurnTimer(turn, active.id, 0, speakingMs(active.minutes)) : {}),
    write: (set) =>
      writeIfStill(turn, (h) => {
        const change = applyEvent(h, active.id, startEvent(set.timerId), turn.now, {
          still: (current) => current.state === 'awaiting-permission',
        });
        if (!change.applied) return undefined;
        return answer === 'DENIED' ? timersDeclined(change.household, turn.now) : change.household;
      }),
  });
  if (!applied) return { movedOn: saved };
  const moved = transition(active, startEvent(timer.timerId), turn.now).checkin;
  const note = accepted
    ? timer.failure
      ? say.timerUnavailable
      : say.timerPermissionThanks
    : answer === 'DENIED'
      ? say.timerPermissionDenied
      : // A failed request (status.code 400/500) goes on as a no, but is not remembered as one.
        answer === 'FAILED'
        ? say.timerPermissionFailed
        : say.timerPermissionUnanswered;
  return tellWithScreen(turn, turnIntro(turn, saved, moved, note), saved, moved);
}
