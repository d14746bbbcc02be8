import type { Household } from '../household';
import type { PartnerId } from '../partner-id';
import type { RecordDraft } from '../records';
import { closeIntoHousehold, isStale, transition, type CheckinEvent, type CheckinOutcome } from './machine';
import type { ActiveCheckin } from './slice';

/**
 * The check-in's household changes, as pure functions: each takes the household as stored
 * (re-read and re-applied by the turn when the other Echo wrote first) and returns the new
 * household and the records to write beside it. Handlers never spread the household themselves.
 */
export interface CheckinChange {
  household: Household;
  records: RecordDraft[];
}

const unchanged = (household: Household): CheckinChange => ({ household, records: [] });

/** The household with `active` as its running check-in (or none). */
export function withActive(household: Household, active: ActiveCheckin | undefined): Household {
  return { ...household, checkin: { ...household.checkin, active } };
}

/** Closes a check-in into its record; `weekStart` is the week it is counted in. */
export function closeCheckin(
  household: Household,
  closed: ActiveCheckin,
  outcome: CheckinOutcome,
  endedAt: Date,
  weekStart: string,
): CheckinChange {
  const { household: next, records } = closeIntoHousehold(household, closed, outcome, endedAt, weekStart);
  return { household: next, records };
}

/**
 * Closes check-in `id`, left open too long, as unfinished. `noticeGiven` when the couple hears
 * about it right now, so the next start need not mention it again.
 */
export function closeStale(
  household: Household,
  id: string,
  now: Date,
  weekStart: string,
  noticeGiven: boolean,
): CheckinChange {
  const current = household.checkin.active;
  if (!current || current.id !== id) return unchanged(household);
  const closed = transition(current, { type: 'stale-timeout' }, now);
  const change = closeCheckin(
    household,
    closed.checkin,
    'unfinished',
    new Date(current.touchedAt),
    weekStart,
  );
  if (!noticeGiven) return change;
  return {
    ...change,
    household: { ...change.household, checkin: { ...change.household.checkin, unfinishedNotice: false } },
  };
}

/**
 * Starts `started` (the first partner's turn, or waiting for the timer permission). A stale
 * check-in still open is closed first, into the week it was last touched in (`staleWeek`).
 */
export function startCheckin(
  household: Household,
  options: { started: ActiveCheckin; first: PartnerId; remember: boolean; now: Date; staleWeek: string },
): CheckinChange {
  const { started, first, remember, now, staleWeek } = options;
  const open = household.checkin.active;
  const base =
    open && isStale(open, now) ? closeStale(household, open.id, now, staleWeek, false) : unchanged(household);
  const h = base.household;
  return {
    household: {
      ...h,
      settings: remember ? { ...h.settings, checkinMinutes: started.minutes } : h.settings,
      checkin: { ...h.checkin, active: started, lastFirst: first, unfinishedNotice: false },
    },
    records: base.records,
  };
}

/**
 * Applies `event` to check-in `id` while `still(current)` holds (another request may have moved
 * it on). `applied` says whether it did. An event that closes the check-in writes its record.
 */
export function applyEvent(
  household: Household,
  id: string,
  event: CheckinEvent | ((current: ActiveCheckin) => ActiveCheckin),
  now: Date,
  options: { still?: (current: ActiveCheckin) => boolean; weekStart?: string } = {},
): CheckinChange & { applied: boolean } {
  const current = household.checkin.active;
  if (!current || current.id !== id || (options.still && !options.still(current))) {
    return { ...unchanged(household), applied: false };
  }
  if (typeof event === 'function')
    return { household: withActive(household, event(current)), records: [], applied: true };
  const moved = transition(current, event, now);
  switch (moved.kind) {
    case 'open':
      return { household: withActive(household, moved.checkin), records: [], applied: true };
    case 'never-started':
      return { household: withActive(household, undefined), records: [], applied: true };
    case 'closed':
      return {
        ...closeCheckin(household, moved.checkin, moved.outcome, now, options.weekStart ?? ''),
        applied: true,
      };
    case 'ignored':
      return { ...unchanged(household), applied: false };
  }
}

/** The couple said no to timers: they keep time themselves for a while. */
export function timersDeclined(household: Household, now: Date): Household {
  return { ...household, checkin: { ...household.checkin, timersDeclinedAt: now.toISOString() } };
}

/** Weekly reminders are set (replacing any before): a "no" given earlier is forgotten. */
export function remindersSet(
  household: Household,
  reminders: { tokens: string[]; days: string[]; time: string },
): Household {
  const checkin = { ...household.checkin, reminders };
  delete checkin.remindersDeclinedAt;
  return { ...household, checkin };
}

export function remindersCancelled(household: Household): Household {
  const checkin = { ...household.checkin };
  delete checkin.reminders;
  return { ...household, checkin };
}

/** The couple said no to reminders: not offered again for a while. */
export function remindersDeclined(household: Household, now: Date): Household {
  return { ...household, checkin: { ...household.checkin, remindersDeclinedAt: now.toISOString() } };
}
