import { newHousehold, type Household } from '../../lambda/domain/household';
import { parseBreakLength } from '../../lambda/domain/timeout/length';
import {
  breakRemainingMs,
  closeTimeout,
  isBreakOver,
  isStale,
  newTimeout,
  proposeTimeout,
  stepTimeout,
  STALE_AFTER_MS,
} from '../../lambda/domain/timeout/machine';

const T0 = new Date('2026-11-18T18:00:00.000Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const WEEK = '2026-11-16';

function proposed(minutes = 20): Household {
  const base = newHousehold('a'.repeat(64), T0);
  return proposeTimeout(base, newTimeout({ id: 't1', now: T0, minutes }));
}

function moved(h: Household, ...steps: [Parameters<typeof stepTimeout>[2], number][]): Household {
  return steps.reduce((house, [event, minute]) => {
    const step = stepTimeout(house, 't1', event, at(minute));
    if (step.kind !== 'moved') throw new Error(`ignored: ${step.reason}`);
    return step.household;
  }, h);
}

describe('the time-out state machine', () => {
  it('starts a proposed break with its timer and end time', () => {
    const h = moved(proposed(), [{ type: 'start', timerId: 'timer-1' }, 0]);

    expect(h.timeout.active).toMatchObject({
      state: 'running',
      timerId: 'timer-1',
      selfTimed: false,
      endsAt: at(20).toISOString(),
    });
    expect(breakRemainingMs(h.timeout.active!, at(5))).toBe(15 * MINUTE);
    expect(isBreakOver(h.timeout.active!, at(20))).toBe(true);
  });

  it('without a timer the couple keeps time, and the break is never "over" by the clock alone', () => {
    const h = moved(proposed(), [{ type: 'start' }, 0]);

    expect(h.timeout.active).toMatchObject({ state: 'running', selfTimed: true });
    expect(h.timeout.active!.timerId).toBeUndefined();
    expect(isBreakOver(h.timeout.active!, at(40))).toBe(false);
  });

  it('comes back when the timer fires or early, forgetting the timer', () => {
    const fired = moved(proposed(), [{ type: 'start', timerId: 'x' }, 0], [{ type: 'timer-fired' }, 20]);
    const early = moved(proposed(), [{ type: 'start', timerId: 'x' }, 0], [{ type: 'back-early' }, 5]);

    for (const h of [fired, early]) {
      expect(h.timeout.active!.state).toBe('back');
      expect(h.timeout.active!.timerId).toBeUndefined();
      expect(h.timeout.active!.endsAt).toBeUndefined();
    }
  });

  it('"not yet" gives one ten-minute break, and only once', () => {
    const h = moved(
      proposed(),
      [{ type: 'start', timerId: 'x' }, 0],
      [{ type: 'timer-fired' }, 20],
      [{ type: 'not-yet', timerId: 'y' }, 21],
      [{ type: 'timer-fired' }, 31],
    );
    const again = stepTimeout(h, 't1', { type: 'not-yet', timerId: 'z' }, at(32));

    expect(h.timeout.active).toMatchObject({ state: 'back', extended: true });
    expect(again).toMatchObject({ kind: 'ignored', reason: 'already-extended' });
  });

  it('ignores events out of order and for another time-out', () => {
    const h = proposed();

    expect(stepTimeout(h, 't1', { type: 'timer-fired' }, at(1))).toMatchObject({ kind: 'ignored' });
    expect(stepTimeout(h, 't1', { type: 'not-yet' }, at(1))).toMatchObject({ kind: 'ignored' });
    expect(stepTimeout(h, 'other', { type: 'start' }, at(1))).toMatchObject({ reason: 'not-active' });
    const running = moved(h, [{ type: 'start' }, 0]);
    expect(stepTimeout(running, 't1', { type: 'start' }, at(1))).toMatchObject({ kind: 'ignored' });
  });

  it('closes into a household record and the week count, with no partner in either', () => {
    const h = moved(proposed(15), [{ type: 'start', timerId: 'x' }, 0], [{ type: 'timer-fired' }, 15]);

    const closed = closeTimeout(h, 't1', 'came-back', at(17), WEEK)!;

    expect(closed.household.timeout.active).toBeUndefined();
    expect(closed.record).toEqual({
      id: 't1',
      startedAt: T0.toISOString(),
      endedAt: at(17).toISOString(),
      minutes: 15,
      extended: false,
      selfTimed: false,
      cameBack: true,
    });
    expect(closed.household.week.activity[0]).toMatchObject({
      weekStart: WEEK,
      timeouts: 1,
      timeoutsCameBack: 1,
    });
    expect(JSON.stringify(closed.record)).not.toMatch(/p1|p2|author/);
  });

  it('a time-out that never began its break leaves nothing; one not come back counts without "came back"', () => {
    const never = closeTimeout(proposed(), 't1', 'not-back', at(1), WEEK)!;
    const notBack = closeTimeout(moved(proposed(), [{ type: 'start' }, 0]), 't1', 'not-back', at(200), WEEK)!;

    expect(never.record).toBeUndefined();
    expect(never.household.week.activity).toEqual([]);
    expect(notBack.record!.cameBack).toBe(false);
    expect(notBack.household.week.activity[0]).toMatchObject({ timeouts: 1, timeoutsCameBack: 0 });
    expect(closeTimeout(proposed(), 'other', 'came-back', at(1), WEEK)).toBeUndefined();
  });

  it("is stale two hours after its last step or its break's end, whichever is later", () => {
    const running = moved(proposed(30), [{ type: 'start', timerId: 'x' }, 0]).timeout.active!;

    expect(isStale(running, new Date(at(30).getTime() + STALE_AFTER_MS - 1))).toBe(false);
    expect(isStale(running, new Date(at(30).getTime() + STALE_AFTER_MS + 1))).toBe(true);
  });
});

describe('the break length as said', () => {
  it.each([
    [undefined, undefined, undefined],
    ['15', undefined, { minutes: 15 }],
    [undefined, 'PT25M', { minutes: 25 }],
    [undefined, 'PT1H', { minutes: 30, adjusted: 'lowered' }],
    ['5', undefined, { minutes: 10, adjusted: 'raised' }],
    ['?', undefined, undefined],
    ['0', undefined, undefined],
    ['12', 'PT20M', { minutes: 20 }],
  ])('number %p, duration %p → %p', (n, d, expected) => {
    expect(parseBreakLength(n, d)).toEqual(expected);
  });
});
