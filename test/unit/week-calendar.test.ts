import {
  addDays,
  fallbackTimeZone,
  localDate,
  previousWeekStart,
  weekStart,
} from '../../lambda/domain/week/calendar';

const MONDAY = undefined;
const SUNDAY = 0;
const THURSDAY = 4;

describe('week boundaries', () => {
  it('start on Monday by default and on the therapy day when the couple has said it', () => {
    // Wednesday 2026-11-18, 13:00 in New York.
    const wednesday = new Date('2026-11-18T18:00:00Z');
    expect(weekStart(wednesday, 'America/New_York', MONDAY)).toBe('2026-11-16');
    expect(weekStart(wednesday, 'America/New_York', THURSDAY)).toBe('2026-11-12');
    expect(weekStart(new Date('2026-11-19T18:00:00Z'), 'America/New_York', THURSDAY)).toBe('2026-11-19');
  });

  it('follow the device time zone: the same instant is Wednesday night in New York and Thursday in London', () => {
    const instant = new Date('2026-11-19T03:00:00Z');
    expect(localDate(instant, 'America/New_York')).toEqual({ date: '2026-11-18', weekday: 3 });
    expect(weekStart(instant, 'America/New_York', THURSDAY)).toBe('2026-11-12');
    expect(weekStart(instant, 'Europe/London', THURSDAY)).toBe('2026-11-19');
    expect(weekStart(instant, 'Asia/Tokyo', THURSDAY)).toBe('2026-11-19');
  });

  it('cross the end of daylight saving time in New York (2026-11-01) at local midnight', () => {
    // Sunday 2026-11-01 23:30 EST (UTC-5) is still the week of Monday 2026-10-26 …
    expect(weekStart(new Date('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-10-26');
    // … and 00:30 EST on Monday is the new week.
    expect(weekStart(new Date('2026-11-02T05:30:00Z'), 'America/New_York')).toBe('2026-11-02');
    // With Sunday sessions, the week turns at local midnight before the clocks go back (EDT, UTC-4) …
    expect(weekStart(new Date('2026-11-01T03:30:00Z'), 'America/New_York', SUNDAY)).toBe('2026-10-25');
    expect(weekStart(new Date('2026-11-01T04:30:00Z'), 'America/New_York', SUNDAY)).toBe('2026-11-01');
    // … and the repeated hour (01:30 EST, after the change) stays in the same week.
    expect(weekStart(new Date('2026-11-01T06:30:00Z'), 'America/New_York', SUNDAY)).toBe('2026-11-01');
  });

  it('cross the start of British Summer Time (2027-03-28) at local midnight', () => {
    // Saturday 23:30 GMT, then Sunday 00:30 GMT (the clocks jump at 01:00 GMT).
    expect(weekStart(new Date('2027-03-27T23:30:00Z'), 'Europe/London', SUNDAY)).toBe('2027-03-21');
    expect(weekStart(new Date('2027-03-28T00:30:00Z'), 'Europe/London', SUNDAY)).toBe('2027-03-28');
    // Sunday 23:30 BST (UTC+1) is 22:30Z; Monday 00:30 BST is 23:30Z the same UTC day.
    expect(weekStart(new Date('2027-03-28T22:30:00Z'), 'Europe/London')).toBe('2027-03-22');
    expect(weekStart(new Date('2027-03-28T23:30:00Z'), 'Europe/London')).toBe('2027-03-29');
  });

  it('are always seven calendar days long, whatever the clocks do', () => {
    expect(previousWeekStart('2026-11-02')).toBe('2026-10-26');
    expect(previousWeekStart('2027-03-29')).toBe('2027-03-22');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    // Every hour for three weeks around the change, the week start is one of three Mondays.
    const starts = new Set<string>();
    for (let h = 0; h < 21 * 24; h++) {
      starts.add(weekStart(new Date(Date.parse('2026-10-26T04:00:00Z') + h * 3_600_000), 'America/New_York'));
    }
    expect([...starts].sort()).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
  });

  it('fall back, when the device zone is unknown, to a zone that fits the request locale', () => {
    expect(fallbackTimeZone('en-GB')).toBe('Europe/London');
    expect(fallbackTimeZone('en-AU')).toBe('Australia/Sydney');
    expect(fallbackTimeZone('en-IN')).toBe('Asia/Kolkata');
    expect(fallbackTimeZone('en-CA')).toBe('America/Toronto');
    expect(fallbackTimeZone('en-US')).toBe('America/New_York');
    expect(fallbackTimeZone('fr-FR')).toBe('America/New_York');
    expect(fallbackTimeZone(undefined)).toBe('America/New_York');
  });
});
