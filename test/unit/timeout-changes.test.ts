import { newHousehold, type Household } from '../../lambda/domain/household';
import {
  closeTimeoutChange,
  dropProposed,
  withoutOpenTimeout,
  withTimersDeclined,
} from '../../lambda/domain/timeout/changes';
import { newTimeout, proposeTimeout, stepTimeout, STALE_AFTER_MS } from '../../lambda/domain/timeout/machine';

const T0 = new Date('2026-11-18T18:00:00.000Z');
const WEEK = '2026-11-16';
const at = (ms: number) => new Date(T0.getTime() + ms);

function running(): Household {
  const base = proposeTimeout(
    newHousehold('a'.repeat(64), T0),
    newTimeout({ id: 't1', now: T0, minutes: 20 }),
  );
  const step = stepTimeout(base, 't1', { type: 'start', timerId: 'timer-1' }, T0);
  if (step.kind !== 'moved') throw new Error(step.reason);
  return step.household;
}

describe("the time-out's household changes", () => {
  it('closes a time-out into a drafted record (no key, no author) and a count in its week', () => {
    // Act
    const change = closeTimeoutChange(running(), 't1', 'came-back', at(25 * 60_000), WEEK)!;

    // Assess
    expect(change.household.timeout.active).toBeUndefined();
    expect(change.records).toEqual([
      expect.objectContaining({ kind: 'TIMEOUT', id: 't1', startedAt: T0.toISOString() }),
    ]);
    expect(JSON.stringify(change.records)).not.toMatch(/"(sk|author|partner)"/);
    expect(closeTimeoutChange(running(), 'another', 'came-back', at(1), WEEK)).toBeUndefined();
  });

  it('closes a stale open time-out as not come back, ended at its break’s end, when a new one begins', () => {
    const change = withoutOpenTimeout(running(), at(STALE_AFTER_MS * 2), WEEK);
    const data = change.records[0]!.data as { cameBack: boolean; endedAt: string };
    expect(data.cameBack).toBe(false);
    expect(data.endedAt).toBe(at(20 * 60_000).toISOString());
    const none = newHousehold('b'.repeat(64), T0);
    expect(withoutOpenTimeout(none, T0, WEEK)).toEqual({ household: none, records: [] });
  });

  it('drops only the named proposal, and remembers a no to timers', () => {
    const h = proposeTimeout(
      newHousehold('c'.repeat(64), T0),
      newTimeout({ id: 't2', now: T0, minutes: 10 }),
    );
    expect(dropProposed(h, 'other')).toBe(h);
    expect(dropProposed(h, 't2').timeout.active).toBeUndefined();
    expect(withTimersDeclined(h, at(5)).timeout.timersDeclinedAt).toBe(at(5).toISOString());
  });
});
