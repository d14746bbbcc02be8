import type { Response } from 'ask-sdk-model';
import type { Household } from '../../domain/household';
import { isBreakOver, isStale, stepTimeout, type TimeoutEvent } from '../../domain/timeout/machine';
import { EXTRA_BREAK_MINUTES, type ActiveTimeout } from '../../domain/timeout/slice';
import { StorageUnavailableError } from '../../storage/errors';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { requireSpeaker } from '../flow';
import { cancelTimer, timersGranted } from '../timers';
import { breakSaga, breakTimer, weekStartAt } from './shared';
import { setTimeoutDialog } from './dialogs';
import { closeTimeoutChange, dropProposed, staleEnd } from '../../domain/timeout/changes';

/**
 * Coming back from the break: the timer's relaunch or "we're back" → the repair phrase → the
 * restart (one sentence each: what did you need in that moment?) or one "not yet" → the offer
 * of a quick note. The time-out closes, as come back, at the first answer to the restart.
 */

/** The couple's repair phrase, or the no-pressure offer to choose one another day. */
function repairWords(turn: Turn, household: Household | undefined): Ssml {
  const phrase = household?.week.repairPhrase?.text;
  return phrase ? turn.t.timeout.repairPhrase(phrase) : turn.t.timeout.noRepairPhrase;
}

/** The restart question, the session kept open for the first sentence. */
function restartAnswer(
  turn: Turn,
  timeoutId: string,
  household: Household | undefined,
  opening: Ssml,
): Response {
  const { timeout: say } = turn.t;
  setTimeoutDialog(turn, { kind: 'timeout.restart', timeoutId });
  return turn.ask(say.speech(opening, repairWords(turn, household), say.restart), say.restartReprompt);
}

/**
 * The break is over (`timer-fired`) or cut short (`back-early`): one write moves the time-out to
 * `back`, then the early timer is cancelled. When the database cannot be reached, the restart is
 * still spoken (nothing the couple says is stored anyway) and the time-out stays open, to be
 * picked up on a later turn: nothing is lost.
 */
export async function comeBack(
  turn: Turn,
  active: ActiveTimeout,
  event: Extract<TimeoutEvent, { type: 'timer-fired' | 'back-early' }>,
  opening: Ssml,
): Promise<Response> {
  let household: Household | undefined;
  try {
    household = await turn.update((h) => {
      const step = stepTimeout(h, active.id, event, turn.now);
      return step.kind === 'moved' ? step.household : h;
    });
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    turn.logger.warn('time-out return not saved; restart spoken anyway');
  }
  if (event.type === 'back-early') await cancelTimer(turn, active.timerId);
  turn.deps.metrics.count(event.type === 'timer-fired' ? 'TimeoutBreakEnded' : 'TimeoutBackEarly');
  return restartAnswer(turn, active.id, household, opening);
}

/** The relaunch by the break's timer: the task names the time-out it was set for. */
export async function timerEnded(turn: Turn, timeoutId: string | undefined): Promise<Response> {
  const { timeout: say } = turn.t;
  let household: Household | undefined;
  try {
    household = await turn.household();
  } catch (error) {
    if (!(error instanceof StorageUnavailableError) || !timeoutId) throw error;
    // The database is down: come back anyway; the time-out is still stored as it was.
    turn.logger.warn('time-out relaunch without the household');
    return restartAnswer(turn, timeoutId, undefined, say.breakOver);
  }
  const active = household?.timeout.active;
  if (!active || active.id !== timeoutId) return turn.tell(say.speech(say.oldTimer, say.noBreak));
  if (active.state === 'running') return comeBack(turn, active, { type: 'timer-fired' }, say.breakOver);
  if (active.state === 'back') return restartAnswer(turn, active.id, household, say.breakOver);
  return turn.tell(say.speech(say.oldTimer, say.noBreak));
}

/** "We're back" / "we're okay now". */
export async function weAreBack(turn: Turn): Promise<Response> {
  const { timeout: say } = turn.t;
  const household = await turn.household();
  const active = household?.timeout.active;
  if (!active || isStale(active, turn.now)) return turn.tell(say.noBreak);
  if (active.state === 'back') return restartAnswer(turn, active.id, household, say.backEarlySelfTimed);
  if (active.state === 'proposed') {
    // The break never began (the permission was still open): nothing to count, straight to the restart.
    await turn.update((h) => dropProposed(h, active.id));
    return restartAnswer(turn, active.id, household, say.backEarlySelfTimed);
  }
  const over = isBreakOver(active, turn.now);
  const opening = over ? say.breakOver : active.timerId ? say.backEarly : say.backEarlySelfTimed;
  return comeBack(turn, active, { type: over ? 'timer-fired' : 'back-early' }, opening);
}

/**
 * The first answer to the restart: the time-out closes as come back (its record and the week's
 * count in one write). A database fault here is logged and the restart goes on: the time-out
 * stays open and is closed on a later turn.
 */
export async function closeAsCameBack(turn: Turn, timeoutId: string): Promise<void> {
  try {
    const household = await turn.household();
    const active = household?.timeout.active;
    if (!active || active.id !== timeoutId) return;
    const week = await weekStartAt(turn, turn.now);
    await turn.update((h) => closeTimeoutChange(h, timeoutId, 'came-back', turn.now, week) ?? h);
    turn.deps.metrics.count('TimeoutCameBack');
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    turn.logger.warn('time-out not closed yet');
  }
}

/** "Not yet" at the restart: one more short break, with its timer; a second "not yet" is met kindly. */
export async function notYet(turn: Turn, timeoutId: string): Promise<Response> {
  const { timeout: say } = turn.t;
  const household = await turn.household();
  const active = household?.timeout.active;
  if (!active || active.id !== timeoutId || active.state !== 'back' || active.extended) {
    return turn.tell(say.notYetAgain);
  }
  const withTimer = timersGranted(turn) && !active.selfTimed;
  const timer = withTimer ? breakTimer(turn, timeoutId, EXTRA_BREAK_MINUTES) : undefined;
  const { set, applied } = await breakSaga(turn, timer, (h, timerId) => {
    const step = stepTimeout(h, timeoutId, { type: 'not-yet', timerId }, turn.now);
    return step.kind === 'moved' ? step.household : undefined;
  });
  if (!applied) return turn.tell(say.notYetAgain);
  turn.deps.metrics.count('TimeoutNotYet');
  if (set?.timerId) return turn.tell(say.notYet(EXTRA_BREAK_MINUTES));
  return turn.tell(say.notYetSelfTimed(EXTRA_BREAK_MINUTES, withTimer ? say.timerUnavailable : undefined));
}

/** The end of the restart: the quick note is offered, never pressed. */
export function offerNote(turn: Turn, prefix: Ssml): Response {
  const { timeout: say } = turn.t;
  setTimeoutDialog(turn, { kind: 'timeout.offerNote' });
  return turn.ask(say.speech(prefix, say.offerNote), say.offerNoteReprompt);
}

/** Yes to the quick note: the notes feature's own quick note, after asking who is writing it. */
export async function startQuickNote(turn: Turn): Promise<Response> {
  const then = { name: 'notes.start', args: { kind: 'quick' } };
  const speaker = await requireSpeaker(turn, then);
  if (!('id' in speaker)) return speaker;
  const run = turn.features.continuation(then.name);
  if (!run) return turn.tell(turn.t.timeout.noteDeclined);
  turn.setDialog(undefined);
  return run(turn, speaker, then.args);
}

/** A time-out left open long past its break: closed into the week it happened in, as not come back. */
export async function closeStale(turn: Turn, active: ActiveTimeout): Promise<void> {
  const end = staleEnd(active);
  const week = await weekStartAt(turn, end);
  await turn.update((h) => closeTimeoutChange(h, active.id, 'not-back', end, week) ?? h);
  turn.logger.info('stale time-out closed');
}
