import type { Household, PartnerId } from '../household';

/**
 * Pure pieces of "delete my notes" and "delete everything about us". The handlers do the
 * reading and writing; these decide what goes.
 *
 * The shapes read here belong to other features (notes slice, week activity, note and week
 * records), so every field is read defensively: an unknown shape is left alone rather than
 * broken, and the household is validated before it is written (see the handler).
 */
type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The author of a stored note's data (`data.author`), when it has one. */
export function authorOf(data: unknown): string | undefined {
  return isObject(data) && typeof data.author === 'string' ? data.author : undefined;
}

/** Removes a partner's entries from a per-partner map ({p1, p2}) when the value is one. */
function withoutKey(value: unknown, id: PartnerId): unknown {
  if (!isObject(value) || !(id in value)) return value;
  const { [id]: _removed, ...rest } = value;
  return rest;
}

/** Removes array items written by the partner (`author === id`). */
function withoutAuthored(value: unknown, id: PartnerId): unknown {
  return Array.isArray(value) ? value.filter((item) => authorOf(item) !== id) : value;
}

/**
 * The household without the partner's notes: their drafts and recent-note pointers in the
 * notes slice, any mutual reveal that would include them, and their note refs in the week's
 * activity. Everything else (names, settings, the other partner's notes) is unchanged.
 */
export function withoutPartnerNotes(household: Household, id: PartnerId): Household {
  const notes: Loose = { ...(household.notes as Loose) };
  for (const key of Object.keys(notes)) {
    const value = notes[key];
    if (key === 'reveal') {
      // A reveal pairs both partners' notes; with one side deleted there is nothing to reveal.
      if (isObject(value) && isObject(value.notes) && id in value.notes) delete notes[key];
      continue;
    }
    if (Array.isArray(value)) notes[key] = withoutAuthored(value, id);
    else if (isObject(value)) notes[key] = withoutKey(value, id);
  }
  const week: Loose = { ...(household.week as Loose) };
  if (Array.isArray(week.activity)) {
    week.activity = week.activity.map((a: unknown) =>
      isObject(a) && Array.isArray(a.notes) ? { ...a, notes: withoutAuthored(a.notes, id) } : a,
    );
  }
  return { ...household, notes: notes as Household['notes'], week: week as Household['week'] };
}

/**
 * An archived week record's data without the partner's note refs, or undefined when the
 * record holds none of theirs (so nothing needs rewriting).
 */
export function weekRecordWithoutPartnerNotes(data: unknown, id: PartnerId): Loose | undefined {
  if (!isObject(data) || !isObject(data.activity) || !Array.isArray(data.activity.notes)) return undefined;
  const kept = data.activity.notes.filter((n: unknown) => authorOf(n) !== id);
  if (kept.length === data.activity.notes.length) return undefined;
  return { ...data, activity: { ...data.activity, notes: kept } };
}

export interface KeyCounts {
  notes: number;
  checkins: number;
  weeks: number;
  other: number;
  household: boolean;
}

/** What a list of the household's sort keys holds, by kind, for "says what was deleted". */
export function countKeys(sortKeys: string[]): KeyCounts {
  const counts: KeyCounts = { notes: 0, checkins: 0, weeks: 0, other: 0, household: false };
  for (const sk of sortKeys) {
    if (sk === 'HOUSEHOLD') counts.household = true;
    else if (sk.startsWith('NOTE#')) counts.notes += 1;
    else if (sk.startsWith('CHECKIN#')) counts.checkins += 1;
    else if (sk.startsWith('WEEK#')) counts.weeks += 1;
    else counts.other += 1;
  }
  return counts;
}
