import type { AlexaApi } from './api';
import { AlexaApiError } from './api';

/**
 * Alexa Reminders API (/v1/alerts/reminders): weekly check-in reminders in the device's time
 * zone. The reminder's text is generic ("Time for your check-in"): nothing personal.
 * Reference: developer.amazon.com/docs/alexa/smapi/alexa-reminders-api-reference.html
 */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An AMAZON.DayOfWeek value ("tuesday", "Tuesdays", "tue") as an RRULE day. */
export function weekdayOf(spoken: string | undefined): Weekday | undefined {
  const s = (spoken ?? '').trim().toLowerCase();
  const names: [string, Weekday][] = [
    ['sun', 'SU'],
    ['mon', 'MO'],
    ['tue', 'TU'],
    ['wed', 'WE'],
    ['thu', 'TH'],
    ['fri', 'FR'],
    ['sat', 'SA'],
  ];
  return names.find(([prefix]) => s.startsWith(prefix))?.[1];
}

/** An AMAZON.TIME value ("20:00", "8:30", or a part of day like "EV") as HH:MM. */
export function timeOf(spoken: string | undefined): string | undefined {
  const s = (spoken ?? '').trim().toUpperCase();
  const parts: Record<string, string> = { MO: '09:00', AF: '14:00', EV: '19:00', NI: '21:00' };
  if (parts[s]) return parts[s];
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The local date-time (no offset) of an instant in a time zone, as the Reminders API wants it. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}.000`;
}

export function weeklyReminderBody(options: {
  now: Date;
  timeZone: string;
  days: Weekday[];
  time: string;
  locale: string;
  text: string;
}) {
  const [hour, minute] = options.time.split(':').map(Number);
  const today = localDateTime(options.now, options.timeZone).slice(0, 10);
  return {
    requestTime: localDateTime(options.now, options.timeZone),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: options.timeZone,
      recurrence: {
        startDateTime: `${today}T00:00:00.000`,
        recurrenceRules: [
          `FREQ=WEEKLY;BYDAY=${options.days.join(',')};BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1;`,
        ],
      },
    },
    alertInfo: {
      spokenInfo: { content: [{ locale: options.locale, text: options.text }] },
    },
    pushNotification: { status: 'ENABLED' },
  };
}

export class Reminders {
  constructor(private readonly api: AlexaApi) {}

  async create(body: ReturnType<typeof weeklyReminderBody>): Promise<string> {
    const created = await this.api.request<{ alertToken: string }>('POST', '/v1/alerts/reminders', body);
    return created.alertToken;
  }

  /** Deletes a reminder; one already gone counts as deleted. */
  async delete(alertToken: string): Promise<void> {
    try {
      await this.api.request('DELETE', `/v1/alerts/reminders/${encodeURIComponent(alertToken)}`);
    } catch (error) {
      if (error instanceof AlexaApiError && error.status === 404) return;
      throw error;
    }
  }
}
