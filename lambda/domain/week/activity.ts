import type { Household } from '../household';
import { weekActivitySchema, type Activity, type WeekActivity } from './activity-schema';

/**
 * What happened in a week, recorded into the household (the shapes are in activity-schema.ts,
 * a leaf the week slice builds on).
 */
export {
  noteRefSchema,
  weekActivitySchema,
  type Activity,
  type NoteKind,
  type NoteRef,
  type WeekActivity,
} from './activity-schema';

/**
 * How many weeks of activity the week feature keeps in the household item (this one and last);
 * older ones are archived as WEEK# records by the week feature's next write (plan.ts).
 */
export const WEEKS_KEPT = 2;
/** Activity entries the household keeps until the week feature archives them (a bound, not a target). */
export const MAX_ACTIVITY_WEEKS = 6;

function emptyWeek(weekStart: string): WeekActivity {
  return weekActivitySchema.parse({ weekStart });
}

export function activityOf(household: Household, weekStart: string): WeekActivity {
  return household.week.activity.find((w) => w.weekStart === weekStart) ?? emptyWeek(weekStart);
}

function apply(week: WeekActivity, activity: Activity): WeekActivity {
  switch (activity.kind) {
    case 'checkin-completed':
      return {
        ...week,
        checkinsCompleted: week.checkinsCompleted + 1,
        checkinMinutes: week.checkinMinutes + Math.max(0, Math.round(activity.minutes)),
      };
    case 'checkin-unfinished':
      return { ...week, checkinsUnfinished: week.checkinsUnfinished + 1 };
    case 'timeout-closed':
      return {
        ...week,
        timeouts: week.timeouts + 1,
        timeoutsCameBack: week.timeoutsCameBack + (activity.cameBack ? 1 : 0),
      };
    case 'note-saved':
      return {
        ...week,
        notes: [
          ...week.notes.filter((n) => n.sk !== activity.noteSk),
          {
            sk: activity.noteSk,
            noteKind: activity.noteKind,
            author: activity.author,
            shared: activity.shared,
          },
        ].slice(-200),
      };
    case 'note-shared':
      return {
        ...week,
        notes: week.notes.map((n) => (n.sk === activity.noteSk ? { ...n, shared: true } : n)),
      };
    case 'note-deleted':
      return { ...week, notes: week.notes.filter((n) => n.sk !== activity.noteSk) };
  }
}

/** Records what happened in the week that started on `weekStart`, keeping only recent weeks. */
export function recordActivity(household: Household, weekStart: string, activity: Activity): Household {
  const others = household.week.activity.filter((w) => w.weekStart !== weekStart);
  const updated = apply(activityOf(household, weekStart), activity);
  const activityList = [updated, ...others]
    .sort((a, b) => b.weekStart.localeCompare(a.weekStart))
    // Weeks older than last week wait here until the week feature archives them in its own
    // transaction (this write has no records with it); the bound keeps the item small regardless.
    .slice(0, MAX_ACTIVITY_WEEKS);
  return { ...household, week: { ...household.week, activity: activityList } };
}
