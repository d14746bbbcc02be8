/**
 * Week arithmetic, pure. A couple's week starts on their therapy day when they have said it
 * ("our sessions are on Thursdays"), otherwise on Monday, in the device's time zone.
 *
 * The time zone comes from Alexa's Settings API (System.timeZone), else the one stored with the
 * household last time. When neither is known (a first turn with the Settings API failing), the
 * request's locale picks a likely zone: each marketplace's most populous zone (below). It is a
 * guess, replaced as soon as the device's own zone is read.
 */
export const DEFAULT_WEEK_START_DAY = 1; // Monday

/** The fallback zone of each locale the skill speaks, used only when the device's is unknown. */
export const FALLBACK_TIME_ZONES = {
  'en-US': 'America/New_York',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
} as const satisfies Record<string, string>;

/** The fallback for a locale the skill does not speak (it answers those in American English). */
export const FALLBACK_TIME_ZONE = FALLBACK_TIME_ZONES['en-US'];

/** The time zone to assume for a request in `locale` when the device's own is unknown. */
export function fallbackTimeZone(locale: string | undefined): string {
  return (FALLBACK_TIME_ZONES as Record<string, string>)[locale ?? ''] ?? FALLBACK_TIME_ZONE;
}

// Making an Intl.DateTimeFormat costs far more than using one (it loads the zone's rules), and
// a turn asks for the local date several times: one formatter per zone, made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
    });
    // Bounded: zones are a few hundred at most, and a Lambda container sees a handful.
    if (dateFormats.size < 500) dateFormats.set(timeZone, format);
  }
  return format;
}

/** The local calendar date (YYYY-MM-DD) and weekday (0 = Sunday) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): { date: string; weekday: number } {
  const parts = dateFormat(timeZone).formatToParts(instant);
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
