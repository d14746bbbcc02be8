import { newHousehold, setPartners, type Household } from '../../lambda/domain/household';
import {
  authorOf,
  countKeys,
  weekRecordWithoutPartnerNotes,
  withoutPartnerNotes,
} from '../../lambda/domain/safety/erase';
import {
  expiresAt,
  isAllowedRetention,
  retentionDaysFrom,
  withRetention,
} from '../../lambda/domain/safety/retention';
import { dialled, linesFor, RESOURCES } from '../../lambda/speech/resources';
import { describeDays } from '../../lambda/speech/en/safety';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';

const NOW = new Date('2026-11-18T18:00:00.000Z');

function household(): Household {
  const base = setPartners(newHousehold('a'.repeat(64), NOW), 'Alex', 'Sam', NOW);
  return {
    ...base,
    notes: {
      ...base.notes,
      drafts: { p1: { noteId: 'd1', kind: 'quick' }, p2: { noteId: 'd2', kind: 'quick' } },
      recent: { p1: ['NOTE#a'], p2: ['NOTE#b'] },
      reveal: { weekStart: '2026-11-16', notes: { p1: 'NOTE#a', p2: 'NOTE#b' }, status: 'pending' },
    } as Household['notes'],
    week: {
      ...base.week,
      activity: [
        {
          weekStart: '2026-11-16',
          checkinsCompleted: 1,
          checkinMinutes: 10,
          checkinsUnfinished: 0,
          notes: [
            { sk: 'NOTE#a', noteKind: 'quick', author: 'p1', shared: false },
            { sk: 'NOTE#b', noteKind: 'quick', author: 'p2', shared: true },
          ],
        },
      ],
    } as Household['week'],
  };
}

describe('retention', () => {
  it.each([
    [{ duration: 'P3M' }, 90],
    [{ duration: 'P1Y' }, 365],
    [{ duration: 'P2W' }, 14],
    [{ duration: 'P90D' }, 90],
    [{ duration: 'P1Y6M' }, 545],
    [{ count: '3', unit: 'months' }, 90],
    [{ count: '1', unit: 'year' }, 365],
    [{ count: '2', unit: 'Y' }, 730],
    [{ count: '10', unit: 'days' }, 10],
  ])('reads %j as %i days', (input, days) => {
    expect(retentionDaysFrom(input)).toBe(days);
  });

  it.each([
    [{}],
    [{ duration: 'PT5H' }],
    [{ duration: 'soon' }],
    [{ count: '3' }],
    [{ count: 'x', unit: 'weeks' }],
    [{ count: '-2', unit: 'weeks' }],
  ])('cannot read %j', (input) => {
    expect(retentionDaysFrom(input)).toBeUndefined();
  });

  it('allows one week to ten years, and stamps records with it', () => {
    expect(isAllowedRetention(6)).toBe(false);
    expect(isAllowedRetention(7)).toBe(true);
    expect(isAllowedRetention(3660)).toBe(true);
    expect(isAllowedRetention(3661)).toBe(false);
    const h = withRetention(household(), 90);
    expect(h.settings.retentionDays).toBe(90);
    expect(withRetention(h, 90)).toBe(h);
    expect(expiresAt(NOW, h.settings.retentionDays)).toBe(NOW.getTime() / 1000 + 90 * 86400);
  });

  it.each([
    [365, 'one year'],
    [730, 'two years'],
    [90, 'three months'],
    [14, 'two weeks'],
    [10, 'ten days'],
    [45, '45 days'],
  ])('says %i days as "%s"', (days, said) => {
    expect(describeDays(days)).toBe(said);
  });
});

describe("erasing a partner's notes", () => {
  it('removes their drafts, pointers, reveal and activity refs, and nothing of the other partner', () => {
    const before = household();

    const after = withoutPartnerNotes(before, 'p1');

    const notes = after.notes as Record<string, unknown>;
    expect(notes.drafts).toEqual({ p2: { noteId: 'd2', kind: 'quick' } });
    expect(notes.recent).toEqual({ p2: ['NOTE#b'] });
    expect(notes.reveal).toBeUndefined();
    expect(after.week.activity[0]!.notes.map((n) => n.author)).toEqual(['p2']);
    expect(after.partners).toEqual(before.partners);
    expect(after.settings).toEqual(before.settings);
  });

  it("rewrites an archived week only when it holds the partner's refs", () => {
    const week = { weekStart: 'w', activity: { notes: [{ author: 'p1' }, { author: 'p2' }] } };

    expect(weekRecordWithoutPartnerNotes(week, 'p1')).toEqual({
      weekStart: 'w',
      activity: { notes: [{ author: 'p2' }] },
    });
    expect(
      weekRecordWithoutPartnerNotes({ weekStart: 'w', activity: { notes: [{ author: 'p2' }] } }, 'p1'),
    ).toBeUndefined();
    expect(weekRecordWithoutPartnerNotes({ weekStart: 'w' }, 'p1')).toBeUndefined();
    expect(weekRecordWithoutPartnerNotes('nonsense', 'p1')).toBeUndefined();
  });

  it('reads authors defensively and counts keys by kind', () => {
    expect(authorOf({ author: 'p2' })).toBe('p2');
    expect(authorOf({ author: 3 })).toBeUndefined();
    expect(authorOf(null)).toBeUndefined();
    expect(countKeys(['HOUSEHOLD', 'NOTE#1', 'NOTE#2', 'CHECKIN#1', 'WEEK#1', 'ODD'])).toEqual({
      notes: 2,
      checkins: 1,
      weeks: 1,
      other: 1,
      household: true,
    });
  });
});

describe('crisis resources', () => {
  it.each(SUPPORTED_LOCALES)(
    '%s has an emergency number, a crisis line and a way to abuse support, each cited',
    (locale) => {
      const r = RESOURCES[locale];
      for (const line of [r.emergency, r.crisis, ...(r.violence ? [r.violence] : [])]) {
        expect(line.source).toMatch(/^https:\/\//);
        expect(line.groups.join('')).toMatch(/^\d+$/);
      }
      expect(linesFor(locale, 'self-harm').lines[0]).toBe(r.emergency);
      expect(linesFor(locale, 'violence').lines[0]).toBe(r.emergency);
    },
  );

  it.each(SUPPORTED_LOCALES)(
    '%s: a crisis of no known kind leads with the emergency number and the crisis line, then abuse',
    (locale) => {
      const r = RESOURCES[locale];

      const { lines, finder } = linesFor(locale, 'danger');

      expect(lines).toEqual([r.emergency, r.crisis, ...(r.violence ? [r.violence] : [])]);
      expect(finder).toBe(r.violenceFinder);
    },
  );

  it('uses the verified numbers', () => {
    expect(dialled(RESOURCES['en-US'].crisis)).toBe('988');
    expect(dialled(RESOURCES['en-US'].violence!)).toBe('18007997233');
    expect(dialled(RESOURCES['en-CA'].crisis)).toBe('988');
    expect(dialled(RESOURCES['en-GB'].crisis)).toBe('116123');
    expect(dialled(RESOURCES['en-GB'].violence!)).toBe('08082000247');
    expect(dialled(RESOURCES['en-AU'].crisis)).toBe('131114');
    expect(dialled(RESOURCES['en-AU'].violence!)).toBe('1800737732');
    expect(dialled(RESOURCES['en-IN'].crisis)).toBe('14416');
    expect(SUPPORTED_LOCALES.map((l) => dialled(RESOURCES[l].emergency))).toEqual([
      '911',
      '999',
      '911',
      '000',
      '112',
    ]);
  });
});
