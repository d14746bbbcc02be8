/**
 * Week arithmetic, pure. A couple's week starts on their therapy day when they have said it
 * ("our sessions are on Thursdays"), otherwise on Monday, in the device's time zone.
 */
export const DEFAULT_WEEK_START_DAY = 1; // Monday
/** Used when the device's time zone cannot be read and none was stored before. */
export const FALLBACK_TIME_ZONE = 'America/New_York';

/** The local calendar date (YYYY-MM-DD) and weekday (0 = Sunday) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): { date: string; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { date: `${get('year')}-${get('month')}-${get('day')}`, weekday };
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The local date on which the week containing `instant` began. */
export function weekStart(instant: Date, timeZone: string, therapyDay?: number): string {
  const { date, weekday } = localDate(instant, timeZone);
  const startDay = therapyDay ?? DEFAULT_WEEK_START_DAY;
  return addDays(date, -((weekday - startDay + 7) % 7));
}

export function previousWeekStart(currentWeekStart: string): string {
  return addDays(currentWeekStart, -7);
}
