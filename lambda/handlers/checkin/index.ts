import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlexaApiError } from '../../alexa/api';
import { CHECKIN_TASK_NAME, TIMERS_SCOPE } from '../../alexa/timers';
import { otherPartner, partner, type Household } from '../../domain/household';
import { newId } from '../../domain/ids';
import { parseLength, type SpokenLength } from '../../domain/checkin/duration';
import {
  alternateFirst,
  currentTurn,
  isStale,
  isTurnOver,
  newCheckin,
  remainingMs,
  transition,
  turnMs,
  type CheckinEvent,
} from '../../domain/checkin/machine';
import { pickPair, pickQuestion } from '../../domain/checkin/questions';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import { weekStart } from '../../domain/week/calendar';
import type { PartnerId } from '../../domain/household';
import { lengthPhrase, timeLeftPhrase } from '../../speech/en/checkin';
import type { Ssml } from '../../speech/ssml';
import type { Feature } from '../../feature';
import type { LaunchOffer, Turn } from '../../turn';
import { askSetupFirst, handler, isIntent, isRequestType, slot } from '../flow';
import { timeZoneOf } from '../week-of';
import {
  askSchedule,
  reminderHandlers,
  offerRemindersAfterClose,
  remindersFromConnection,
  ritualOwed,
} from './reminders';
import {
  askForPermission,
  cancelTimer,
  closeChange,
  DIALOG,
  focusTheme,
  questionText,
  setTurnTimer,
  speakerOfTurn,
  tellWithScreen,
  timeLeftMs,
  timersApi,
  timersGranted,
  TIMERS_DECLINE_QUIET_MS,
  turnIntro,
  weekStartOf,
} from './shared';

/**
 * The timed check-in: "start our check-in" → are you both here → who goes first → the first
 * question with a LAUNCH_TASK timer → (timer relaunch) the second question → (relaunch) the
 * closing ritual. Every step is written before it is spoken.
 */

/** The start of the week in which an instant fell, for archiving an old check-in into its week. */
async function weekStartAt(turn: Turn, instant: Date): Promise<string> {
  const household = await turn.household();
  return weekStart(instant, await timeZoneOf(turn), household?.settings.therapyDay);
}

/** Closes a check-in left open too long as unfinished (one write) and offers a fresh start. */
async function closeStale(turn: Turn, active: ActiveCheckin): Promise<void> {
  const week = await weekStartAt(turn, new Date(active.touchedAt));
  await turn.update((h) => {
    const current = h.checkin.active;
    if (!current || current.id !== active.id) return h;
    const closed = transition(current, { type: 'stale-timeout' }, turn.now);
    const change = closeChange(h, closed.checkin, 'unfinished', new Date(current.touchedAt), week);
    // Spoken about right now, so the next start need not mention it again.
    return {
      ...change,
      household: { ...change.household, checkin: { ...change.household.checkin, unfinishedNotice: false } },
    };
  });
  turn.deps.metrics.count('CheckinUnfinished');
  turn.logger.info('stale check-in closed as unfinished');
}

async function staleAnswer(turn: Turn, active: ActiveCheckin): Promise<Response> {
  await closeStale(turn, active);
  turn.setDialog({ kind: DIALOG.offerStart });
  return turn.ask(turn.t.checkin.staleClosed, turn.t.checkin.noActiveReprompt);
}

function noActiveAnswer(turn: Turn, prefix?: Ssml): Response {
  turn.setDialog({ kind: DIALOG.offerStart });
  return turn.ask(turn.t.checkin.speech(prefix, turn.t.checkin.noActive), turn.t.checkin.noActiveReprompt);
}

// ---------------------------------------------------------------------------------------------
// Starting

async function startRequested(turn: Turn, spoken: SpokenLength | undefined): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const active = household.checkin.active;
  if (active && !isStale(active, turn.now)) {
    return continueCheckin(turn, household, turn.t.checkin.alreadyRunning);
  }
  const { checkin } = turn.t;
  const minutes = spoken?.minutes ?? household.settings.checkinMinutes;
  const adjusted =
    spoken?.adjusted === 'raised'
      ? checkin.lengthRaised(minutes)
      : spoken?.adjusted === 'lowered'
        ? checkin.lengthLowered(minutes)
        : undefined;
  turn.setDialog({ kind: DIALOG.confirmStart, minutes, remember: spoken !== undefined });
  return turn.ask(
    checkin.speech(adjusted, checkin.confirmStart(minutes, lengthPhrase(turnMs(minutes)))),
    checkin.confirmStartReprompt,
  );
}

async function bothHere(turn: Turn, minutes: number, remember: boolean): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const speaker = await turn.speaker();
  if (speaker) {
    turn.setDialog({ kind: DIALOG.whoFirst, minutes, remember, speaker: speaker.id });
    return turn.ask(turn.t.checkin.askGoFirst(speaker.name), turn.t.checkin.askGoFirstReprompt(speaker.name));
  }
  return begin(turn, minutes, remember, alternateFirst(household.checkin.lastFirst));
}

/** Creates the check-in: questions chosen, first turn started (or the timer permission asked). */
async function begin(turn: Turn, minutes: number, remember: boolean, first: PartnerId): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const { checkin: say } = turn.t;
  const slice = household.checkin;
  const stale = slice.active && isStale(slice.active, turn.now) ? slice.active : undefined;
  const staleWeek = stale ? await weekStartAt(turn, new Date(stale.touchedAt)) : '';
  const staleAsked = stale ? stale.turns.flatMap((t) => [...t.replaced, t.questionId]) : [];
  const recent = staleAsked.length ? [staleAsked, ...slice.recentQuestions] : slice.recentQuestions;
  const [q1, q2] = pickPair(recent, focusTheme(household), () => turn.random());
  const fresh = newCheckin({ id: newId(), now: turn.now, minutes, first, questionIds: [q1.id, q2.id] });

  let event: CheckinEvent | undefined;
  let note: Ssml | undefined;
  const declinedAt = slice.timersDeclinedAt ? Date.parse(slice.timersDeclinedAt) : undefined;
  const declinedRecently =
    declinedAt !== undefined && turn.now.getTime() - declinedAt < TIMERS_DECLINE_QUIET_MS;
  if (timersGranted(turn)) {
    const set = await setTurnTimer(turn, fresh.id, 0, turnMs(fresh.minutes));
    event = { type: 'start', timerId: set.timerId, selfTimed: !set.timerId };
    if (set.failure) note = say.timerUnavailable;
  } else if (declinedRecently) {
    event = { type: 'start', selfTimed: true };
    note = say.timersOffReminder;
  }
  const started = event ? transition(fresh, event, turn.now).checkin : fresh;

  let saved: Household;
  try {
    saved = await turn.update((h) => {
      let base = h;
      let records: ReturnType<typeof closeChange>['records'] = [];
      const open = h.checkin.active;
      if (open && isStale(open, turn.now)) {
        const closed = transition(open, { type: 'stale-timeout' }, turn.now);
        const change = closeChange(h, closed.checkin, 'unfinished', new Date(open.touchedAt), staleWeek);
        base = change.household;
        records = change.records;
      }
      return {
        household: {
          ...base,
          settings: remember ? { ...base.settings, checkinMinutes: started.minutes } : base.settings,
          checkin: { ...base.checkin, active: started, lastFirst: first, unfinishedNotice: false },
        },
        records,
      };
    });
  } catch (error) {
    await cancelTimer(turn, currentTurn(started).timerId);
    throw error;
  }
  turn.deps.metrics.count('CheckinStarted');
  turn.logger.info('check-in started', { minutes: started.minutes, selfTimed: started.selfTimed });

  const prefix = say.speech(
    slice.unfinishedNotice || stale ? say.unfinishedBefore : undefined,
    remember && household.settings.checkinMinutes !== started.minutes
      ? say.lengthRemembered(started.minutes)
      : undefined,
    note,
  );
  if (!event) {
    return askForPermission(
      turn,
      say.speech(prefix, say.askTimerPermission),
      TIMERS_SCOPE,
      `checkin:${started.id}`,
    );
  }
  return tellWithScreen(turn, turnIntro(turn, saved, started, prefix), saved, started);
}

/** The first turn of a check-in that was waiting for the timer permission. */
async function startAwaiting(
  turn: Turn,
  active: ActiveCheckin,
  answer: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
): Promise<Response> {
  const { checkin: say } = turn.t;
  let event: CheckinEvent;
  let note: Ssml;
  if (answer === 'ACCEPTED') {
    const set = await setTurnTimer(turn, active.id, 0, turnMs(active.minutes));
    event = { type: 'start', timerId: set.timerId, selfTimed: !set.timerId };
    note = set.failure ? say.timerUnavailable : say.timerPermissionThanks;
  } else {
    event = { type: 'start', selfTimed: true };
    note = answer === 'DENIED' ? say.timerPermissionDenied : say.timerPermissionUnanswered;
  }
  const moved = transition(active, event, turn.now);
  const timerId = event.type === 'start' ? event.timerId : undefined;
  const { saved, applied } = await updateActiveWhile(
    turn,
    (current) => current.id === active.id && current.state === 'awaiting-permission',
    (h) => ({
      ...h,
      checkin: {
        ...h.checkin,
        active: moved.checkin,
        timersDeclinedAt: answer === 'DENIED' ? turn.now.toISOString() : h.checkin.timersDeclinedAt,
      },
    }),
    // Not saved: the timer must not relaunch into a check-in still waiting to start.
    () => cancelTimer(turn, timerId),
  );
  if (!applied) {
    // Another request started or ended this check-in meanwhile: our timer would be a stray one.
    await cancelTimer(turn, timerId);
    return continueCheckin(turn, saved);
  }
  return tellWithScreen(turn, turnIntro(turn, saved, moved.checkin, note), saved, moved.checkin);
}

/**
 * One conditional write of the running check-in, changed only while `still(current)` holds:
 * another request may have moved it on meanwhile (checked again on every retry of the write).
 * `applied` says whether the change was made. If the write fails, `undo` runs (a timer just
 * set must not relaunch into a check-in that never moved) and the error is rethrown.
 */
async function updateActiveWhile(
  turn: Turn,
  still: (current: ActiveCheckin) => boolean,
  change: (h: Household, current: ActiveCheckin) => Household,
  undo: () => Promise<void>,
): Promise<{ saved: Household; applied: boolean }> {
  let applied = false;
  try {
    const saved = await turn.update((h) => {
      const current = h.checkin.active;
      applied = current !== undefined && still(current);
      return current && applied ? change(h, current) : h;
    });
    return { saved, applied };
  } catch (error) {
    await undo();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Running

/** A turn is over (timer relaunch, or "ready to switch"): the second turn starts, or the close. */
async function advance(
  turn: Turn,
  _household: Household,
  active: ActiveCheckin,
  type: 'timer-fired' | 'ready-to-switch',
  directives: Record<string, unknown>[] = [],
): Promise<Response> {
  const { checkin: say } = turn.t;
  if (type === 'ready-to-switch') await cancelTimer(turn, currentTurn(active).timerId);
  if (active.turnIndex === 0) {
    let nextTimerId: string | undefined;
    let note: Ssml | undefined;
    if (!active.selfTimed) {
      const set = await setTurnTimer(turn, active.id, 1, turnMs(active.minutes));
      nextTimerId = set.timerId;
      if (set.failure) note = say.timerUnavailable;
    }
    const apply = (a: ActiveCheckin): ActiveCheckin => {
      const moved = transition(a, { type, nextTimerId }, turn.now).checkin;
      return nextTimerId ? moved : { ...moved, selfTimed: true };
    };
    const next = apply(active);
    const { saved, applied } = await updateActiveWhile(
      turn,
      (current) => current.id === active.id && current.turnIndex === 0,
      (h, current) => ({ ...h, checkin: { ...h.checkin, active: apply(current) } }),
      // Not saved: the second turn's timer must not relaunch into a check-in still on turn one.
      () => cancelTimer(turn, nextTimerId),
    );
    // Another request already moved this check-in on (and set its own timer): ours goes.
    if (!applied) await cancelTimer(turn, nextTimerId);
    turn.logger.info('check-in switched turns', { how: type });
    return tellWithScreen(turn, turnIntro(turn, saved, next, note), saved, next, directives);
  }
  const result = transition(active, { type }, turn.now);
  const week = await weekStartOf(turn);
  const saved = await turn.update((h) => {
    const current = h.checkin.active;
    if (!current || current.id !== active.id) return h;
    const closed = transition(current, { type }, turn.now);
    if (closed.kind !== 'closed') return h;
    return closeChange(h, closed.checkin, closed.outcome, turn.now, week);
  });
  turn.deps.metrics.count('CheckinCompleted');
  turn.logger.info('check-in completed', { minutes: active.minutes, selfTimed: active.selfTimed });
  const order: [PartnerId, PartnerId] = [result.checkin.turns[0]!.partner, result.checkin.turns[1]!.partner];
  return offerRemindersAfterClose(turn, saved, order, directives);
}

/** "Continue our check-in": picks up exactly where the check-in is. */
async function continueCheckin(turn: Turn, household: Household, prefix?: Ssml): Promise<Response> {
  const { checkin: say } = turn.t;
  const active = household.checkin.active;
  if (!active) return noActiveAnswer(turn, prefix);
  if (isStale(active, turn.now)) return staleAnswer(turn, active);
  if (active.state === 'awaiting-permission') {
    if (timersGranted(turn)) return startAwaiting(turn, active, 'ACCEPTED');
    return askForPermission(
      turn,
      say.speech(prefix, say.waitingForPermission, say.askTimerPermission),
      TIMERS_SCOPE,
      `checkin:${active.id}`,
    );
  }
  if (active.state === 'turn-paused') return resume(turn, household, active, prefix);
  if (isTurnOver(active, turn.now)) return advance(turn, household, active, 'timer-fired');
  const cur = currentTurn(active);
  const name = partner(household, cur.partner).name;
  const question = questionText(cur.questionId);
  if (active.selfTimed) {
    return tellWithScreen(
      turn,
      say.speech(prefix, say.turnStillGoingSelfTimed(name, question)),
      household,
      active,
    );
  }
  // The timer may have been cancelled by hand ("Alexa, cancel the timer"): set it again.
  let note: Ssml | undefined;
  let current = active;
  let left = await timeLeftMs(turn, active);
  if (cur.timerId) {
    const exists = await timersApi(turn)
      ?.get(cur.timerId)
      .catch(() => null);
    if (exists === undefined) {
      left = Math.max(1000, left);
      const set = await setTurnTimer(turn, active.id, active.turnIndex, left);
      if (set.timerId) {
        const turns = active.turns.slice();
        turns[active.turnIndex] = { ...cur, timerId: set.timerId };
        current = { ...active, turns, touchedAt: turn.now.toISOString() };
        const updated = current;
        await turn.update((h) =>
          h.checkin.active?.id === active.id ? { ...h, checkin: { ...h.checkin, active: updated } } : h,
        );
        note = say.timerRestarted;
      }
    }
  }
  return tellWithScreen(
    turn,
    say.speech(prefix, say.turnStillGoing(name, timeLeftPhrase(left), question), note),
    household,
    current,
  );
}

async function pauseCheckin(turn: Turn, household: Household, active: ActiveCheckin): Promise<Response> {
  const { checkin: say } = turn.t;
  const name = speakerOfTurn(household, active).name;
  if (active.state === 'turn-paused') {
    return tellWithScreen(
      turn,
      say.pausedAlready(name, timeLeftPhrase(active.turns[active.turnIndex]!.pausedRemainingMs ?? 0)),
      household,
      active,
    );
  }
  if (active.state !== 'turn-running') return continueCheckin(turn, household);
  const left = await timeLeftMs(turn, active);
  const timerId = currentTurn(active).timerId;
  if (timerId && !active.selfTimed) {
    try {
      await timersApi(turn)?.pause(timerId);
    } catch (error) {
      turn.logger.warn('timer not paused', { errorName: (error as Error)?.name });
    }
  }
  const apply = (a: ActiveCheckin) => {
    const moved = transition(a, { type: 'pause' }, turn.now).checkin;
    const turns = moved.turns.slice();
    turns[moved.turnIndex] = { ...turns[moved.turnIndex]!, pausedRemainingMs: Math.round(left) };
    return { ...moved, turns };
  };
  const next = apply(active);
  const saved = await turn.update((h) =>
    h.checkin.active?.id === active.id && h.checkin.active.state === 'turn-running'
      ? { ...h, checkin: { ...h.checkin, active: apply(h.checkin.active) } }
      : h,
  );
  return tellWithScreen(turn, say.paused(name, timeLeftPhrase(left)), saved, next);
}

async function resume(
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
  const cur = currentTurn(active);
  const left = cur.pausedRemainingMs ?? turnMs(active.minutes);
  let timerId: string | undefined;
  let resumed = false;
  const timers = timersApi(turn);
  if (!active.selfTimed) {
    if (cur.timerId && timers) {
      try {
        await timers.resume(cur.timerId);
        resumed = true;
      } catch (error) {
        if (!(error instanceof AlexaApiError && error.status === 404)) {
          turn.logger.warn('timer not resumed', { errorName: (error as Error)?.name });
        }
      }
    }
    if (!resumed) timerId = (await setTurnTimer(turn, active.id, active.turnIndex, left)).timerId;
  }
  const next = transition(active, { type: 'resume', timerId }, turn.now).checkin;
  const { saved, applied } = await updateActiveWhile(
    turn,
    (current) => current.id === active.id && current.state === 'turn-paused',
    (h, current) => ({
      ...h,
      checkin: {
        ...h.checkin,
        active: transition(current, { type: 'resume', timerId }, turn.now).checkin,
      },
    }),
    // Not saved: the check-in is still paused, so its timer must not run on.
    async () => {
      await cancelTimer(turn, timerId);
      if (resumed && cur.timerId) {
        await timers?.pause(cur.timerId).catch((pauseError: unknown) => {
          turn.logger.warn('timer not paused again', { errorName: (pauseError as Error)?.name });
        });
      }
    },
  );
  if (!applied) {
    // Another request resumed or ended it meanwhile: a timer we set would be a second one.
    await cancelTimer(turn, timerId);
    return continueCheckin(turn, saved);
  }
  return tellWithScreen(turn, say.speech(prefix, say.resumed(name, timeLeftPhrase(left))), saved, next);
}

async function endCheckin(turn: Turn, household: Household, active: ActiveCheckin): Promise<Response> {
  const { checkin: say } = turn.t;
  if (transition(active, { type: 'end-early' }, turn.now).kind === 'never-started') {
    // Still waiting for the timer permission: nothing happened, so nothing is recorded.
    await turn.update((h) =>
      h.checkin.active?.id === active.id &&
      transition(h.checkin.active, { type: 'end-early' }, turn.now).kind === 'never-started'
        ? { ...h, checkin: { ...h.checkin, active: undefined } }
        : h,
    );
    turn.logger.info('check-in ended before it started');
    return turn.tell(say.endedBeforeStart);
  }
  if (active.turnIndex === 1 && active.selfTimed) return advance(turn, household, active, 'ready-to-switch');
  await cancelTimer(turn, currentTurn(active).timerId);
  const week = await weekStartOf(turn);
  await turn.update((h) => {
    const current = h.checkin.active;
    if (!current || current.id !== active.id) return h;
    const ended = transition(current, { type: 'end-early' }, turn.now);
    if (ended.kind === 'never-started') return { ...h, checkin: { ...h.checkin, active: undefined } };
    if (ended.kind !== 'closed') return h;
    return closeChange(h, ended.checkin, ended.outcome, turn.now, week);
  });
  turn.deps.metrics.count('CheckinEndedEarly');
  turn.logger.info('check-in ended early');
  return turn.tell(say.endedEarly);
}

async function anotherQuestion(turn: Turn, household: Household, active: ActiveCheckin): Promise<Response> {
  const { checkin: say } = turn.t;
  const cur = currentTurn(active);
  const name = partner(household, cur.partner).name;
  if (cur.replaced.length > 0) {
    return tellWithScreen(turn, say.anotherAlreadyUsed(questionText(cur.questionId)), household, active);
  }
  const inThisCheckin = active.turns.flatMap((t) => [...t.replaced, t.questionId]);
  const question = pickQuestion(
    { recent: household.checkin.recentQuestions, exclude: inThisCheckin, focus: focusTheme(household) },
    () => turn.random(),
  );
  const next = transition(active, { type: 'another-question', questionId: question.id }, turn.now).checkin;
  const saved = await turn.update((h) =>
    h.checkin.active?.id === active.id
      ? {
          ...h,
          checkin: {
            ...h.checkin,
            active: transition(
              h.checkin.active,
              { type: 'another-question', questionId: question.id },
              turn.now,
            ).checkin,
          },
        }
      : h,
  );
  return tellWithScreen(turn, say.anotherQuestion(name, question.text), saved, next);
}

// ---------------------------------------------------------------------------------------------
// Handlers

/**
 * Runs `then` on the active check-in; without one, offers to start; closes a stale one first.
 * A check-in still waiting for the timer permission is picked up (the permission asked again)
 * unless `beforeStart` says `then` handles that state itself (ending it).
 */
function withActive(
  then: (turn: Turn, household: Household, active: ActiveCheckin) => Promise<Response>,
  options: { beforeStart?: boolean } = {},
) {
  return async (turn: Turn): Promise<Response> => {
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const active = household.checkin.active;
    if (!active) return noActiveAnswer(turn);
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state === 'awaiting-permission' && !options.beforeStart)
      return continueCheckin(turn, household);
    return then(turn, household, active);
  };
}

interface TaskRequest {
  type: 'LaunchRequest';
  task?: { name?: string; version?: string; input?: { checkinId?: unknown; turn?: unknown } };
}

function checkinTask(input: HandlerInput): TaskRequest['task'] | undefined {
  if (!isRequestType(input, 'LaunchRequest')) return undefined;
  const task = (input.requestEnvelope.request as TaskRequest).task;
  const name = task?.name ?? '';
  return name === CHECKIN_TASK_NAME || name.endsWith(`.${CHECKIN_TASK_NAME}`) ? task : undefined;
}

const COMPLETE_TASK = { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } };

const relaunchHandler = handler(
  (input) => checkinTask(input) !== undefined,
  async (turn, input) => {
    const task = checkinTask(input)!;
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const active = household.checkin.active;
    const checkinId = typeof task.input?.checkinId === 'string' ? task.input.checkinId : undefined;
    const turnIndex = Number(task.input?.turn);
    if (!active || active.id !== checkinId) {
      turn.logger.info('timer relaunch for a closed check-in');
      return noActiveAnswer(turn, turn.t.checkin.oldTimer);
    }
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state === 'turn-running' && active.turnIndex === turnIndex) {
      return advance(turn, household, active, 'timer-fired', [COMPLETE_TASK]);
    }
    return continueCheckin(turn, household);
  },
);

const startHandler = handler(
  (input) => isIntent(input, 'StartCheckinIntent'),
  (turn, input) => startRequested(turn, parseLength(slot(input, 'minutes'), slot(input, 'length'))),
);

const soloHandler = handler(
  (input) => isIntent(input, 'SoloCheckinIntent'),
  async (turn) => {
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    turn.setDialog({ kind: DIALOG.soloOffer });
    return turn.ask(turn.t.checkin.soloOffer, turn.t.checkin.soloOfferReprompt);
  },
);

const continueHandler = handler(
  (input) => isIntent(input, 'ContinueCheckinIntent'),
  async (turn) => {
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    return continueCheckin(turn, household);
  },
);

const switchHandler = handler(
  (input) => isIntent(input, 'ReadyToSwitchIntent'),
  withActive((turn, household, active) => advance(turn, household, active, 'ready-to-switch')),
);

// While a note is being dictated, "hold on" and "continue" belong to the note (notes feature).
const pauseHandler = handler(
  (input, turn) => isIntent(input, 'AMAZON.PauseIntent') && !turn.dialogIs('notes.dictate'),
  withActive(pauseCheckin),
);

const resumeHandler = handler(
  (input, turn) => isIntent(input, 'AMAZON.ResumeIntent') && !turn.dialogIs('notes.dictate'),
  withActive((turn, household, active) => resume(turn, household, active)),
);

const timeLeftHandler = handler(
  (input) => isIntent(input, 'TimeLeftIntent'),
  withActive(async (turn, household, active) => {
    const { checkin: say } = turn.t;
    const name = speakerOfTurn(household, active).name;
    if (active.state === 'turn-paused') {
      return tellWithScreen(
        turn,
        say.pausedAlready(name, timeLeftPhrase(currentTurn(active).pausedRemainingMs ?? 0)),
        household,
        active,
      );
    }
    if (active.selfTimed) {
      // No timer to read: the estimate from the turn's start, as "pause our check-in" gives it.
      const left = remainingMs(active, turn.now);
      const answer = left > 0 ? say.timeLeftSelfTimed(name, timeLeftPhrase(left)) : say.timeUpSelfTimed(name);
      return tellWithScreen(turn, answer, household, active);
    }
    if (isTurnOver(active, turn.now)) return advance(turn, household, active, 'timer-fired');
    const left = await timeLeftMs(turn, active);
    return tellWithScreen(turn, say.timeLeft(name, timeLeftPhrase(left)), household, active);
  }),
);

const anotherHandler = handler(
  (input) => isIntent(input, 'AnotherQuestionIntent'),
  withActive(anotherQuestion),
);

const repeatHandler = handler(
  async (input, turn) => {
    if (!isIntent(input, 'AMAZON.RepeatIntent')) return false;
    const kind = turn.session.dialog?.kind;
    if (kind !== undefined && !kind.startsWith('checkin.')) return false;
    return (await turn.household().catch(() => undefined))?.checkin.active !== undefined;
  },
  withActive(async (turn, household, active) => {
    const cur = currentTurn(active);
    return tellWithScreen(
      turn,
      turn.t.checkin.repeatQuestion(partner(household, cur.partner).name, questionText(cur.questionId)),
      household,
      active,
    );
  }),
);

const endHandler = handler(
  (input) => isIntent(input, 'EndCheckinIntent'),
  withActive(endCheckin, { beforeStart: true }),
);

/** Yes and No while the check-in asked something. */
const yesNoHandler = handler(
  (input, turn) =>
    isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') &&
    Object.values(DIALOG).some((kind) => turn.dialogIs(kind)),
  async (turn, input) => {
    const yes = isIntent(input, 'AMAZON.YesIntent');
    const dialog = turn.session.dialog!;
    const { checkin: say } = turn.t;
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const minutes = typeof dialog.minutes === 'number' ? dialog.minutes : household.settings.checkinMinutes;
    const remember = dialog.remember === true;
    switch (dialog.kind) {
      case DIALOG.confirmStart:
        if (yes) return bothHere(turn, minutes, remember);
        turn.setDialog({ kind: DIALOG.soloOffer });
        return turn.ask(say.soloOffer, say.soloOfferReprompt);
      case DIALOG.whoFirst: {
        const speakerId = dialog.speaker === 'p2' ? 'p2' : 'p1';
        const first = yes ? speakerId : otherPartner(household, speakerId).id;
        return begin(turn, minutes, remember, first);
      }
      case DIALOG.soloOffer: {
        if (!yes) return turn.tell(say.soloDeclined);
        const question = pickQuestion(
          { recent: household.checkin.recentQuestions, focus: focusTheme(household) },
          () => turn.random(),
        );
        return turn.tell(say.soloQuestion(question.text));
      }
      case DIALOG.offerContinue:
        if (yes) return continueCheckin(turn, household);
        return turn.tell(say.offerContinueDeclined);
      case DIALOG.offerStart:
        if (yes) return startRequested(turn, undefined);
        return turn.tell(say.startLater);
      default:
        return remindersYesNo(turn, yes);
    }
  },
);

async function remindersYesNo(turn: Turn, yes: boolean): Promise<Response> {
  const { checkin: say } = turn.t;
  if (turn.dialogIs(DIALOG.offerReminders) && !yes) {
    const saved = await turn.update((h) => ({
      ...h,
      checkin: { ...h.checkin, remindersDeclinedAt: turn.now.toISOString() },
    }));
    return turn.tell(say.speech(say.remindersNotNow, ritualOwed(turn, saved) ?? say.goodbye));
  }
  if (!yes) return turn.tell(say.goodbye);
  return askSchedule(turn);
}

interface ConnectionsResponse {
  type: 'Connections.Response';
  name?: string;
  token?: string;
  payload?: {
    status?: string;
    permissionScope?: string;
    permissionScopes?: { permissionScope?: string }[];
  };
}

function permissionAnswer(input: HandlerInput): 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' {
  const status = (input.requestEnvelope.request as ConnectionsResponse).payload?.status;
  return status === 'ACCEPTED' ? 'ACCEPTED' : status === 'DENIED' ? 'DENIED' : 'NOT_ANSWERED';
}

/** The answer to the timer permission asked by voice. */
const permissionHandler = handler(
  (input) => {
    if (getRequestType(input.requestEnvelope) !== 'Connections.Response') return false;
    const request = input.requestEnvelope.request as ConnectionsResponse;
    return request.name === 'AskFor' && (request.token ?? '').startsWith('checkin:');
  },
  async (turn, input) => {
    const token = (input.requestEnvelope.request as ConnectionsResponse).token ?? '';
    const answer = permissionAnswer(input);
    turn.deps.metrics.count(`TimerPermission${answer}`);
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const active = household.checkin.active;
    if (!active || active.id !== token.slice('checkin:'.length)) return noActiveAnswer(turn);
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state !== 'awaiting-permission') return continueCheckin(turn, household);
    return startAwaiting(turn, active, answer);
  },
);

const remindersPermissionHandler = handler(
  (input) => {
    if (getRequestType(input.requestEnvelope) !== 'Connections.Response') return false;
    const request = input.requestEnvelope.request as ConnectionsResponse;
    return request.name === 'AskFor' && (request.token ?? '').startsWith('reminders:');
  },
  (turn, input) =>
    remindersFromConnection(
      turn,
      (input.requestEnvelope.request as ConnectionsResponse).token ?? '',
      permissionAnswer(input),
    ),
);

/** On an ordinary launch: a check-in in progress is offered; a stale one is closed kindly. */
const continueOffer: LaunchOffer = {
  priority: 10,
  async offer(turn, household) {
    const active = household.checkin.active;
    if (!active) return undefined;
    const { checkin: say } = turn.t;
    if (isStale(active, turn.now)) {
      await closeStale(turn, active);
      return { speech: say.staleClosed, reprompt: say.noActiveReprompt, dialog: { kind: DIALOG.offerStart } };
    }
    if (active.state === 'awaiting-permission') {
      return {
        speech: say.waitingForPermission,
        reprompt: say.offerContinueReprompt,
        dialog: { kind: DIALOG.offerContinue },
      };
    }
    return {
      speech: say.offerContinue(speakerOfTurn(household, active).name),
      reprompt: say.offerContinueReprompt,
      dialog: { kind: DIALOG.offerContinue },
    };
  },
};

/** The checkin feature's handlers, in the order they are tried. */
export function checkinFeature(): Feature {
  return {
    name: 'checkin',
    handlers: [
      relaunchHandler,
      permissionHandler,
      remindersPermissionHandler,
      yesNoHandler,
      startHandler,
      soloHandler,
      continueHandler,
      switchHandler,
      pauseHandler,
      resumeHandler,
      timeLeftHandler,
      anotherHandler,
      repeatHandler,
      endHandler,
      ...reminderHandlers,
    ],
    launchOffers: [continueOffer],
  };
}
