import type { RecordDraft } from '../domain/records';

/**
 * The table's key design, owned here and nowhere else.
 *
 *   pk = HH#<sha256 of the Alexa userId>
 *   sk = HOUSEHOLD                                   the household aggregate (one per household)
 *   sk = NOTE#<weekStart>#<createdAt>#<noteId>       a finished note (pattern, quick, pre-therapy, bad week)
 *   sk = CHECKIN#<startedAt>#<checkinId>             a finished check-in with its turns
 *   sk = WEEK#<weekStart>                            a past week's summary, archived when a new week begins
 *   sk = TIMEOUT#<startedAt>#<timeoutId>             a finished time-out (the household's; no words kept)
 *
 * weekStart is a local date (YYYY-MM-DD); createdAt/startedAt are ISO instants, so each prefix
 * sorts by time. Every item of a household shares its pk, so deleting a household is one query.
 */
export const RECORD_KINDS = ['NOTE', 'CHECKIN', 'WEEK', 'TIMEOUT'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const HOUSEHOLD_SK = 'HOUSEHOLD';

export function householdPk(householdId: string): string {
  return `HH#${householdId}`;
}

function clean(part: string): string {
  // '#' separates key parts; none of ours contain it, but never let data break the layout.
  return part.replace(/#/g, '_');
}

export function recordSk(kind: RecordKind, ...parts: string[]): string {
  return [kind, ...parts.map(clean)].join('#');
}

/** A note's key is its reference, which the household keeps too (domain/notes/ref.ts). */
export { noteRef as noteSk, weekOfNoteRef as weekOfNoteSk } from '../domain/notes/ref';

export function checkinSk(startedAt: string, checkinId: string): string {
  return recordSk('CHECKIN', startedAt, checkinId);
}

export function timeoutSk(startedAt: string, timeoutId: string): string {
  return recordSk('TIMEOUT', startedAt, timeoutId);
}

export function weekSk(weekStart: string): string {
  return recordSk('WEEK', weekStart);
}

/** The sort key of a record the domain drafted. */
export function skOf(draft: RecordDraft): string {
  switch (draft.kind) {
    case 'NOTE':
      return draft.ref;
    case 'CHECKIN':
      return checkinSk(draft.startedAt, draft.id);
    case 'TIMEOUT':
      return timeoutSk(draft.startedAt, draft.id);
    case 'WEEK':
      return weekSk(draft.weekStart);
  }
}

/** Prefix for a prefix query: all records of a kind, optionally narrowed by leading key parts. */
export function recordPrefix(kind: RecordKind, ...parts: string[]): string {
  return [kind, ...parts.map(clean), ''].join('#');
}
