import type { Household } from '../household';
import type { RecordDraft } from '../records';
import { closeTimeout, isStale, type TimeoutOutcome, type TimeoutRecord } from './machine';
import type { ActiveTimeout } from './slice';

/**
 * The time-out's household changes, as pure functions: each takes the household as stored (re-read
 * and re-applied by the turn when another Echo wrote first) and returns the new household and the
 * records to write beside it. Handlers never spread the household themselves.
 */
export interface TimeoutChange {
  household: Household;
  records: RecordDraft[];
}

function recordDrafts(record: TimeoutRecord | undefined, at: Date): RecordDraft[] {
  if (!record) return [];
  return [
    {
      kind: 'TIMEOUT',
      startedAt: record.startedAt,
      id: record.id,
      data: record as unknown as Record<string, unknown>,
      writtenAt: at.toISOString(),
    },
  ];
}

/** Ends the time-out `id` (its record beside it), or undefined when it is not the active one. */
export function closeTimeoutChange(
  household: Household,
  id: string,
  outcome: TimeoutOutcome,
  endedAt: Date,
  week: string,
): TimeoutChange | undefined {
  const closed = closeTimeout(household, id, outcome, endedAt, week);
  if (!closed) return undefined;
  return { household: closed.household, records: recordDrafts(closed.record, endedAt) };
}

/** When a time-out left alone is taken to have ended: its last step, or its break's end. */
export function staleEnd(active: ActiveTimeout): Date {
  const touched = Date.parse(active.touchedAt);
  return new Date(Math.max(touched, active.endsAt ? Date.parse(active.endsAt) : touched));
}

/**
 * Closes whatever time-out is still open, when a new one begins: never come back to talk about
 * (a restart left unanswered, a ring missed), so counted as not come back; a stale one ends when
 * it was last touched. Its record rides along in the same write.
 */
export function withoutOpenTimeout(household: Household, now: Date, week: string): TimeoutChange {
  const open = household.timeout.active;
  if (!open) return { household, records: [] };
  const end = isStale(open, now) ? staleEnd(open) : now;
  return closeTimeoutChange(household, open.id, 'not-back', end, week) ?? { household, records: [] };
}

/** A time-out that never began (the timer permission was still open) is dropped, uncounted. */
export function dropProposed(household: Household, id: string): Household {
  if (household.timeout.active?.id !== id) return household;
  return { ...household, timeout: { ...household.timeout, active: undefined } };
}

/** Remembers a "no" to timers, so the time-out keeps time with the couple for a while. */
export function withTimersDeclined(household: Household, now: Date): Household {
  return { ...household, timeout: { ...household.timeout, timersDeclinedAt: now.toISOString() } };
}
