import type { Response } from 'ask-sdk-model';
import { applyEvent } from '../../domain/checkin/changes';
import { currentSpeaking, speakingMs, transition } from '../../domain/checkin/machine';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { PartnerId } from '../../domain/household';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { timerSaga, writeIfStill } from '../timer-saga';
import { offerRemindersAfterClose } from './reminders';
import { tellWithScreen } from './screen';
import { cancelTimer, setTurnTimer, turnIntro, weekStartOf } from './shared';

/**
 * A partner's time is over: the timer relaunched the skill, "we're ready to switch" was said,
 * or "continue" found it past its end. After the first partner, the second one's time starts
 * with its own timer; after the second, the check-in closes and is saved.
 */
export async function timeIsUp(
  turn: Turn,
  active: ActiveCheckin,
  type: 'timer-fired' | 'ready-to-switch',
  directives: Record<string, unknown>[] = [],
): Promise<Response> {
  if (type === 'ready-to-switch') await cancelTimer(turn, currentSpeaking(active).timerId);
  return active.turnIndex === 0
    ? secondPartnersTime(turn, active, type, directives)
    : close(turn, active, type, directives);
}

async function secondPartnersTime(
  turn: Turn,
  active: ActiveCheckin,
  type: 'timer-fired' | 'ready-to-switch',
  directives: Record<string, unknown>[],
): Promise<Response> {
  const { checkin: say } = turn.t;
  const moveOn = (a: ActiveCheckin, nextTimerId: string | undefined): ActiveCheckin => {
    const moved = transition(a, { type, nextTimerId }, turn.now).checkin;
    return nextTimerId ? moved : { ...moved, selfTimed: true };
  };
  const { timer, value: saved } = await timerSaga(turn, {
    // Not saved, or moved on by another request (with its own timer): this one must not relaunch.
    set: async () => (active.selfTimed ? {} : setTurnTimer(turn, active.id, 1, speakingMs(active.minutes))),
    write: (set) =>
      writeIfStill(turn, (h) => {
        const change = applyEvent(h, active.id, (current) => moveOn(current, set.timerId), turn.now, {
          still: (current) => current.turnIndex === 0,
        });
        return change.applied ? change.household : undefined;
      }),
  });
  const next = moveOn(active, timer.timerId);
  const note: Ssml | undefined = timer.failure ? say.timerUnavailable : undefined;
  turn.logger.info('check-in switched turns', { how: type });
  return tellWithScreen(turn, turnIntro(turn, saved, next, note), saved, next, directives);
}

async function close(
  turn: Turn,
  active: ActiveCheckin,
  type: 'timer-fired' | 'ready-to-switch',
  directives: Record<string, unknown>[],
): Promise<Response> {
  const result = transition(active, { type }, turn.now);
  const weekStart = await weekStartOf(turn);
  const saved = await turn.update((h) => {
    const change = applyEvent(h, active.id, { type }, turn.now, { weekStart });
    // Only a close is written here: anything else means another request moved it meanwhile.
    return change.records.length > 0 ? change : h;
  });
  turn.deps.metrics.count('CheckinCompleted');
  turn.logger.info('check-in completed', { minutes: active.minutes, selfTimed: active.selfTimed });
  const order: [PartnerId, PartnerId] = [result.checkin.turns[0]!.partner, result.checkin.turns[1]!.partner];
  return offerRemindersAfterClose(turn, saved, order, directives);
}
