import { newHousehold, setPartners, type Household } from '../../lambda/domain/household';
import { recordPutsOf } from '../../lambda/storage/drafts';
import { recordActivity } from '../../lambda/domain/week/activity';
import { isSpecificAppreciation, namesOnlySpeaker } from '../../lambda/domain/week/appreciation';
import {
  addAppreciation,
  changeWeek,
  lastWeekOf,
  rekeyWeeks,
  rollHousehold,
  setFocus,
  thisWeek,
} from '../../lambda/domain/week/plan';
import { weekSliceSchema, MAX_APPRECIATIONS } from '../../lambda/domain/week/slice';

const NOW = new Date('2026-11-18T18:00:00Z');
const W1 = '2026-11-16';
const W2 = '2026-11-23';
const W3 = '2026-11-30';
const W4 = '2026-12-07';

function household(): Household {
  const h = setPartners(newHousehold('a'.repeat(64), NOW), 'Alex', 'Sam', NOW);
  return { ...h, createdAt: '2026-11-01T00:00:00.000Z' };
}

function inWeek(h: Household, week: string, change: Parameters<typeof changeWeek>[1]): Household {
  const rolled = rollHousehold(h, week, NOW).household;
  return changeWeek(rolled, change);
}

describe('the week slice', () => {
  it('rolls this week into last week, and archives what is older as WEEK records with the retention TTL', () => {
    let h = inWeek(household(), W1, setFocus(W1, { theme: 'pursue_withdraw' }, NOW));
    h = recordActivity(h, W1, { kind: 'checkin-completed', minutes: 10 });
    h = inWeek(h, W2, setFocus(W2, { text: 'slower mornings' }, NOW));

    expect(lastWeekOf(h, W2).plan.focus?.theme).toBe('pursue_withdraw');
    expect(thisWeek(h, W2).plan.focus?.text).toBe('slower mornings');
    expect(h.week.focus?.weekStart).toBe(W2);

    const rolledLater = rollHousehold(h, W4, NOW);
    // The domain drafts the archive records; storage keys them and gives them their expiry.
    const later = { ...rolledLater, puts: recordPutsOf(rolledLater.records, h.settings.retentionDays) };
    expect(later.puts.map((p) => p.sk)).toEqual([`WEEK#${W1}`, `WEEK#${W2}`]);
    const archived = later.puts[0]!;
    expect(archived.data).toMatchObject({ weekStart: W1, activity: { checkinsCompleted: 1 } });
    expect(archived.expiresAt).toBe(Math.floor(NOW.getTime() / 1000) + 365 * 86_400);
    expect(later.household.week.last).toBeUndefined();
    expect(later.household.week.focus).toBeUndefined();
    expect(later.household.week.activity).toEqual([]);
    expect(weekSliceSchema.safeParse(later.household.week).success).toBe(true);
  });

  it('sees the new week on reads before anything has been written in it', () => {
    const h = inWeek(household(), W2, setFocus(W2, { theme: 'bids_for_connection' }, NOW));
    expect(thisWeek(h, W3).plan.focus).toBeUndefined();
    expect(lastWeekOf(h, W3).plan.focus?.theme).toBe('bids_for_connection');
    expect(lastWeekOf(h, W4).plan.focus).toBeUndefined();
  });

  it('keeps the item bounded: appreciations stop at the cap instead of growing', () => {
    let h = household();
    for (let i = 0; i < MAX_APPRECIATIONS + 5; i++)
      h = inWeek(h, W1, addAppreciation('p1', 'p2', `made tea ${i}`, NOW));
    expect(h.week.appreciations).toHaveLength(MAX_APPRECIATIONS);
    expect(weekSliceSchema.safeParse(h.week).success).toBe(true);
  });

  it('moves this week to its new start when the therapy day changes, dropping nothing', () => {
    let h = inWeek(household(), W1, setFocus(W1, { theme: 'pursue_withdraw' }, NOW));
    h = recordActivity(h, W1, { kind: 'checkin-completed', minutes: 10 });
    const moved = rekeyWeeks(h.week, W1, '2026-11-12');
    expect(moved.weekStart).toBe('2026-11-12');
    expect(moved.focus?.weekStart).toBe('2026-11-12');
    expect(moved.activity[0]).toMatchObject({ weekStart: '2026-11-12', checkinsCompleted: 1 });
  });
});

describe('a specific appreciation', () => {
  const names = ['Alex', 'Sam'];
  it.each([
    'Sam made coffee this morning',
    'you listened when I talked about work',
    'Sam picked up the kids',
    'Alex for the note in my lunch box',
    'Sam took the bins out without being asked',
  ])('"%s" is specific', (text) => expect(isSpecificAppreciation(text, names)).toBe(true));
  it.each(['Sam', 'Sam is great', 'Sam is amazing', 'you are the best', 'everything', 'Alex is so kind'])(
    '"%s" is general',
    (text) => expect(isSpecificAppreciation(text, names)).toBe(false),
  );
});

describe('an appreciation that names only the speaker', () => {
  it.each([
    ['Sam made coffee this morning', true],
    ['that sam made coffee', true],
    ['Alex made coffee this morning', false],
    ['Sam and Alex cooked together', false],
    ['made coffee this morning', false],
    ['Samantha made coffee', false],
  ])('%p said by Sam about Alex → %p', (text, expected) => {
    expect(namesOnlySpeaker(text, 'Sam', 'Alex')).toBe(expected);
  });
});
