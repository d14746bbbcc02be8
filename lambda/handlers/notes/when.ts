import { localDate } from '../../domain/week/calendar';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "today", "yesterday", a weekday within the last week, otherwise "November 3". */
export function spokenDay(instantIso: string, now: Date, timeZone: string): string {
  const then = new Date(instantIso);
  if (Number.isNaN(then.getTime())) return 'earlier';
  const a = localDate(then, timeZone);
  const b = localDate(now, timeZone);
  const days = Math.round(
    (new Date(`${b.date}T00:00:00Z`).getTime() - new Date(`${a.date}T00:00:00Z`).getTime()) / 86_400_000,
  );
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return WEEKDAYS[a.weekday] ?? 'earlier';
  return new Intl.DateTimeFormat('en-US', { timeZone, month: 'long', day: 'numeric' }).format(then);
}
