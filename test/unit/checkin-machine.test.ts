import {
  alternateFirst,
  checkinRecord,
  closeIntoHousehold,
  isStale,
  isTurnOver,
  minutesSpent,
  newCheckin,
  remainingMs,
  transition,
  speakingMs,
  type Transition,
} from '../../lambda/domain/checkin/machine';
import type { ActiveCheckin } from '../../lambda/domain/checkin/slice';
import { newHousehold, setPartners } from '../../lambda/domain/household';

const T0 = new Date('2026-11-18T18:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

function fresh(minutes = 10): ActiveCheckin {
  return newCheckin({ id: 'c1', now: T0, minutes, first: 'p2', questionIds: ['pw-1', 'rp-2'] });
}

function open(t: Transition): ActiveCheckin {
  if (t.kind !== 'open') throw new Error(`expected open, got ${t.kind}`);
  return t.checkin;
}

describe('the check-in state machine', () => {
  it('starts waiting for the timer permission, with the two partners and two different questions', () => {
    const c = fresh();

    expect(c.state).toBe('awaiting-permission');
    expect(c.turns.map((t) => t.partner)).toEqual(['p2', 'p1']);
    expect(c.turns.map((t) => t.questionId)).toEqual(['pw-1', 'rp-2']);
  });

  it('runs the first turn for half the length, on its timer', () => {
    const c = open(transition(fresh(), { type: 'start', timerId: 't1', selfTimed: false }, T0));

    expect(c.state).toBe('turn-running');
    expect(c.turnIndex).toBe(0);
    expect(c.turns[0]!.timerId).toBe('t1');
    expect(c.turns[0]!.endsAt).toBe(at(5 * MIN).toISOString());
    expect(remainingMs(c, at(2 * MIN))).toBe(3 * MIN);
    expect(isTurnOver(c, at(5 * MIN))).toBe(true);
  });

  it('is self-timed when no timer could be set', () => {
    const c = open(transition(fresh(), { type: 'start', selfTimed: true }, T0));

    expect(c.selfTimed).toBe(true);
    expect(c.turns[0]!.timerId).toBeUndefined();
  });

  it('switches turns when the timer fires, marking the first turn as run in full, then closes as completed', () => {
    const running = open(transition(fresh(), { type: 'start', timerId: 't1', selfTimed: false }, T0));

    const second = open(transition(running, { type: 'timer-fired', nextTimerId: 't2' }, at(5 * MIN)));
    const closed = transition(second, { type: 'timer-fired' }, at(10 * MIN));

    expect(second.turnIndex).toBe(1);
    expect(second.turns[0]).toMatchObject({ ranFullTime: true, endedAt: at(5 * MIN).toISOString() });
    expect(second.turns[1]).toMatchObject({ timerId: 't2', startedAt: at(5 * MIN).toISOString() });
    expect(closed.kind).toBe('closed');
    expect(closed.kind === 'closed' && closed.outcome).toBe('completed');
    expect(closed.checkin.turns[1]!.ranFullTime).toBe(true);
  });

  it('marks a turn switched early as cut short', () => {
    const running = open(transition(fresh(), { type: 'start', selfTimed: true }, T0));

    const second = open(transition(running, { type: 'ready-to-switch' }, at(2 * MIN)));

    expect(second.turns[0]!.ranFullTime).toBe(false);
  });

  it('pauses with the time left and resumes from it', () => {
    const running = open(transition(fresh(), { type: 'start', timerId: 't1', selfTimed: false }, T0));

    const paused = open(transition(running, { type: 'pause' }, at(2 * MIN)));
    const ignored = transition(paused, { type: 'pause' }, at(3 * MIN));
    const resumed = open(transition(paused, { type: 'resume' }, at(30 * MIN)));

    expect(paused.state).toBe('turn-paused');
    expect(paused.turns[0]!.pausedRemainingMs).toBe(3 * MIN);
    expect(remainingMs(paused, at(20 * MIN))).toBe(3 * MIN);
    expect(ignored.kind).toBe('ignored');
    expect(resumed.state).toBe('turn-running');
    expect(resumed.turns[0]!.endsAt).toBe(at(33 * MIN).toISOString());
  });

  it('swaps the question only once per turn', () => {
    const running = open(transition(fresh(), { type: 'start', selfTimed: true }, T0));

    const swapped = open(transition(running, { type: 'another-question', questionId: 'gn-3' }, at(MIN)));
    const again = transition(swapped, { type: 'another-question', questionId: 'gn-4' }, at(MIN));

    expect(swapped.turns[0]).toMatchObject({ questionId: 'gn-3', replaced: ['pw-1'] });
    expect(again.kind).toBe('ignored');
  });

  it('ending before the first turn began is "never started", not a completed check-in', () => {
    const waiting = fresh();

    const ended = transition(waiting, { type: 'end-early' }, at(MIN));

    expect(ended.kind).toBe('never-started');
    expect(ended.checkin.turns.every((t) => t.startedAt === undefined && t.endedAt === undefined)).toBe(true);
  });

  it('ends early, and closes a stale check-in as unfinished at its last step', () => {
    const running = open(transition(fresh(), { type: 'start', selfTimed: true }, T0));

    const ended = transition(running, { type: 'end-early' }, at(MIN));
    const stale = transition(running, { type: 'stale-timeout' }, at(300 * MIN));

    expect(ended.kind === 'closed' && ended.outcome).toBe('ended-early');
    expect(ended.checkin.turns[0]!.ranFullTime).toBe(false);
    expect(stale.kind === 'closed' && stale.outcome).toBe('unfinished');
    expect(stale.checkin.turns[0]!.endedAt).toBe(T0.toISOString());
    expect(isStale(running, at(119 * MIN))).toBe(false);
    expect(isStale(running, at(121 * MIN))).toBe(true);
  });

  it('ignores a timer for a check-in not yet started', () => {
    expect(transition(fresh(), { type: 'timer-fired' }, T0).kind).toBe('ignored');
  });

  it('alternates who goes first', () => {
    expect(alternateFirst(undefined)).toBe('p1');
    expect(alternateFirst('p1')).toBe('p2');
    expect(alternateFirst('p2')).toBe('p1');
  });

  it('splits odd lengths into half minutes', () => {
    expect(speakingMs(5)).toBe(150_000);
  });

  it('closes into the household: record with turns, recent questions, and the week', () => {
    const household = setPartners(newHousehold('a'.repeat(64), T0), 'Alex', 'Sam', T0);
    const running = open(transition(fresh(), { type: 'start', timerId: 't1', selfTimed: false }, T0));
    const second = open(transition(running, { type: 'timer-fired', nextTimerId: 't2' }, at(5 * MIN)));
    const closed = transition(second, { type: 'timer-fired' }, at(10 * MIN));

    const { household: next, record } = closeIntoHousehold(
      { ...household, checkin: { ...household.checkin, active: second } },
      closed.checkin,
      'completed',
      at(10 * MIN),
      '2026-11-16',
    );

    expect(next.checkin.active).toBeUndefined();
    expect(next.checkin.recentQuestions[0]).toEqual(['pw-1', 'rp-2']);
    expect(next.week.activity[0]).toMatchObject({
      weekStart: '2026-11-16',
      checkinsCompleted: 1,
      checkinMinutes: 10,
    });
    expect(record).toEqual(checkinRecord(closed.checkin, at(10 * MIN), 'completed'));
    expect(minutesSpent(record)).toBe(10);
  });
});
