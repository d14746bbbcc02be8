import type { Household } from '../household';

/**
 * How long the household's records are kept. `settings.retentionDays` (default 365) sets the
 * `expiresAt` TTL of every record written from then on; DynamoDB's TTL deletes expired items
 * (with a lag), and reads ignore them at once (store.ts `isExpired`).
 *
 * A change applies to records written after it: records already saved keep the date they
 * were given. Re-stamping them would rewrite every record in one turn (far over the one-write
 * budget), and a couple who want things gone sooner can say "delete my notes" or "delete
 * everything about us", which act at once. The skill says so when the period changes.
 */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3660;
export const DAY_SECONDS = 86_400;

const UNIT_DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 };

/**
 * Days in a spoken duration: an AMAZON.DURATION value ("P3M", "P1Y", "P2W", "P90D"), or a
 * number and a unit ("3", "months"). Undefined when it can't be read; time-of-day parts
 * ("PT5H") are not a retention period.
 */
export function retentionDaysFrom(input: {
  duration?: string;
  count?: string;
  unit?: string;
}): number | undefined {
  if (input.duration) {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(input.duration.trim());
    if (m && m.slice(1).some((g) => g !== undefined)) {
      const [, y, mo, w, d] = m.map((g) => (g === undefined ? 0 : Number(g)));
      return y! * 365 + mo! * 30 + w! * 7 + d!;
    }
  }
  const count = input.count !== undefined ? Number(input.count) : undefined;
  const unit = unitOf(input.unit);
  if (count !== undefined && Number.isFinite(count) && count > 0 && unit)
    return Math.round(count * UNIT_DAYS[unit]!);
  return undefined;
}

function unitOf(spoken: string | undefined): string | undefined {
  const word = spoken?.trim().toLowerCase();
  if (!word) return undefined;
  // The slot type's ids (D, W, M, Y) or the words themselves.
  if (/^[dwmy]$/.test(word)) return word.toUpperCase();
  if (word.startsWith('year')) return 'Y';
  if (word.startsWith('month')) return 'M';
  if (word.startsWith('week')) return 'W';
  if (word.startsWith('day')) return 'D';
  return undefined;
}

export function isAllowedRetention(days: number): boolean {
  return Number.isInteger(days) && days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS;
}

export function withRetention(household: Household, days: number): Household {
  return household.settings.retentionDays === days
    ? household
    : { ...household, settings: { ...household.settings, retentionDays: days } };
}

/** The TTL (epoch seconds) of a record written at `writtenAt`, kept `retentionDays` days. */
export function expiresAt(writtenAt: Date, retentionDays: number): number {
  return Math.floor(writtenAt.getTime() / 1000) + retentionDays * DAY_SECONDS;
}
