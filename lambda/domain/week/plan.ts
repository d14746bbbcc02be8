import type { Household, PartnerId } from '../household';
import { weekOfNoteRef } from '../notes/ref';
import type { RecordDraft } from '../records';
import { activityOf, type WeekActivity } from './activity';
import { previousWeekStart, weekStart as weekStartOf } from './calendar';
import {
  MAX_APPRECIATIONS,
  MAX_GOOD_THING_TEXT,
  MAX_GOOD_THINGS,
  MAX_REPAIR_PHRASE,
  MAX_TEXT,
  planSchema,
  type Focus,
  type FocusTheme,
  type GoodThing,
  type Plan,
  type WeekSlice,
} from './slice';

/**
 * The week's pure logic: rolling into a new week (with archiving), and each change the
 * couple can make. Handlers call these inside `turn.update`, so a conflict re-applies them.
 */

export function emptyPlan(weekStart: string): Plan {
  return planSchema.parse({ weekStart });
}

/** This week's plan as stored at the top level of the slice. */
export function currentPlan(slice: WeekSlice): Plan | undefined {
  if (!slice.weekStart) return undefined;
  return {
    weekStart: slice.weekStart,
    focus: slice.focus,
    steps: slice.steps,
    appreciations: slice.appreciations,
    goodThings: slice.goodThings,
    plannedRitual: slice.plannedRitual,
  };
}

function withCurrent(slice: WeekSlice, plan: Plan): WeekSlice {
  return {
    ...slice,
    weekStart: plan.weekStart,
    focus: plan.focus,
    steps: plan.steps,
    appreciations: plan.appreciations,
    goodThings: plan.goodThings,
    plannedRitual: plan.plannedRitual,
  };
}

function hasContent(plan: Plan | undefined): plan is Plan {
  return (
    plan !== undefined &&
    (plan.focus !== undefined ||
      plan.steps.length > 0 ||
      plan.appreciations.length > 0 ||
      plan.goodThings.length > 0)
  );
}

export interface Rolled {
  slice: WeekSlice;
  /** Plans of weeks older than last week, to archive. */
  archivedPlans: Plan[];
  /** Activity of weeks older than last week, to archive. */
  archivedActivity: WeekActivity[];
}

/**
 * The slice as it is in the week starting `week`: this week's plan at the top, last week's in
 * `last`, anything older set aside for the archive. Pure; reads use it to see the week as it
 * is even before the first write of a new week has happened.
 */
export function rollSlice(slice: WeekSlice, week: string): Rolled {
  const lastWeek = previousWeekStart(week);
  const archivedPlans: Plan[] = [];
  let next = slice;
  const stored = currentPlan(slice);
  if (!stored) {
    next = withCurrent(slice, emptyPlan(week));
  } else if (stored.weekStart < week) {
    const candidates = [slice.last, stored].filter(hasContent);
    const keptLast = candidates.find((p) => p.weekStart === lastWeek);
    archivedPlans.push(...candidates.filter((p) => p.weekStart < lastWeek));
    next = { ...withCurrent(slice, emptyPlan(week)), last: keptLast };
  }
  const archivedActivity = next.activity.filter((a) => a.weekStart < lastWeek);
  if (archivedActivity.length)
    next = { ...next, activity: next.activity.filter((a) => a.weekStart >= lastWeek) };
  return { slice: next, archivedPlans, archivedActivity };
}

/** The archive records of a roll: one per older week (storage keys it `WEEK#<weekStart>`). */
export function archiveRecords(rolled: Rolled, now: Date): RecordDraft[] {
  const weeks = new Set([
    ...rolled.archivedPlans.map((p) => p.weekStart),
    ...rolled.archivedActivity.map((a) => a.weekStart),
  ]);
  return [...weeks].sort().map((weekStart) => ({
    kind: 'WEEK' as const,
    weekStart,
    writtenAt: now.toISOString(),
    data: {
      weekStart,
      plan: rolled.archivedPlans.find((p) => p.weekStart === weekStart),
      activity: rolled.archivedActivity.find((a) => a.weekStart === weekStart),
      archivedAt: now.toISOString(),
    },
  }));
}

/** Rolls the household into `week`, returning the archive records to write in the same transaction. */
export function rollHousehold(
  household: Household,
  week: string,
  now: Date,
): { household: Household; records: RecordDraft[] } {
  const rolled = rollSlice(household.week, week);
  return {
    household: rolled.slice === household.week ? household : { ...household, week: rolled.slice },
    records: archiveRecords(rolled, now),
  };
}

/** What a read needs about a week: its plan and its activity. */
export interface WeekView {
  plan: Plan;
  activity: WeekActivity;
}

export function thisWeek(household: Household, week: string): WeekView {
  const { slice } = rollSlice(household.week, week);
  return { plan: currentPlan(slice) ?? emptyPlan(week), activity: activityOf(household, week) };
}

export function lastWeekOf(household: Household, week: string): WeekView {
  const lastWeek = previousWeekStart(week);
  const { slice } = rollSlice(household.week, week);
  return { plan: slice.last ?? emptyPlan(lastWeek), activity: activityOf(household, lastWeek) };
}

/** True when the household began during this week, so there is no last week to recap. */
export function isFirstWeek(household: Household, week: string, timeZone: string): boolean {
  return weekStartOf(new Date(household.createdAt), timeZone, household.settings.therapyDay) >= week;
}

// ---- changes (each applies to a slice already rolled into `week`) ----

type SliceChange = (slice: WeekSlice) => WeekSlice;

export function clip(text: string, max = MAX_TEXT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : clean.slice(0, max).trimEnd();
}

/**
 * What the couple chose: one of the common focuses, or their own words. With their own words
 * `theme` may still hold the closest common focus (the check-in leans toward it); the words are
 * what is spoken.
 */
export type FocusChoice = { theme: FocusTheme; text?: string } | { theme?: FocusTheme; text: string };

export function setFocus(week: string, choice: FocusChoice, now: Date): SliceChange {
  const text = choice.text !== undefined ? clip(choice.text) : undefined;
  return (slice) => ({
    ...slice,
    focus: {
      weekStart: week,
      ...(choice.theme ? { theme: choice.theme } : {}),
      ...(text ? { text } : {}),
      setAt: now.toISOString(),
    },
    // A new focus starts a new pair of small steps.
    steps: slice.focus && sameFocus(slice.focus, choice.theme, text) ? slice.steps : [],
  });
}

function sameFocus(focus: { theme?: string; text?: string }, theme?: string, text?: string) {
  return text !== undefined ? focus.text === text : !focus.text && focus.theme === theme;
}

/** Keeps last week's focus for this week. */
export function keepLastFocus(week: string, now: Date): SliceChange {
  return (slice) => {
    const previous = slice.last?.focus;
    if (!previous) return slice;
    return {
      ...slice,
      focus: { weekStart: week, theme: previous.theme, text: previous.text, setAt: now.toISOString() },
    };
  };
}

/** Each partner's one small thing; saying it again replaces their own. */
export function setStep(author: PartnerId, text: string, now: Date): SliceChange {
  return (slice) => ({
    ...slice,
    steps: [
      ...slice.steps.filter((s) => s.author !== author),
      { author, text: clip(text), at: now.toISOString() },
    ],
  });
}

export function appreciationsFull(slice: Pick<WeekSlice, 'appreciations'>): boolean {
  return slice.appreciations.length >= MAX_APPRECIATIONS;
}

export function addAppreciation(author: PartnerId, about: PartnerId, text: string, now: Date): SliceChange {
  return (slice) =>
    appreciationsFull(slice)
      ? slice
      : {
          ...slice,
          appreciations: [...slice.appreciations, { author, about, text: clip(text), at: now.toISOString() }],
        };
}

export function addGoodThing(thing: Omit<GoodThing, 'at'>, now: Date): SliceChange {
  return (slice) => ({
    ...slice,
    goodThings: [
      ...slice.goodThings,
      {
        ...(thing.ritual ? { ritual: thing.ritual } : {}),
        ...(thing.text ? { text: clip(thing.text, MAX_GOOD_THING_TEXT) } : {}),
        at: now.toISOString(),
      },
    ].slice(-MAX_GOOD_THINGS),
  });
}

export function planRitual(ritual: string): SliceChange {
  return (slice) => ({ ...slice, plannedRitual: ritual });
}

export function setRepairPhrase(text: string, now: Date): SliceChange {
  return (slice) => ({
    ...slice,
    repairPhrase: { text: clip(text, MAX_REPAIR_PHRASE), setAt: now.toISOString() },
  });
}

/** Keeps dictated text until the skill knows who said it. */
export function keepPending(kind: 'appreciation' | 'step', text: string, now: Date): SliceChange {
  return (slice) => ({ ...slice, pending: { kind, text: clip(text), at: now.toISOString() } });
}

export function clearPending(slice: WeekSlice): WeekSlice {
  return slice.pending ? { ...slice, pending: undefined } : slice;
}

export function markRecapOffered(week: string): SliceChange {
  return (slice) => ({ ...slice, recapOfferedFor: week });
}

/**
 * The therapy day changed, so this week now starts on another date: this week's plan and
 * activity move to the new start, last week's to the one before. Nothing is dropped.
 */
export function rekeyWeeks(slice: WeekSlice, oldWeek: string, newWeek: string): WeekSlice {
  if (oldWeek === newWeek) return slice;
  const oldLast = previousWeekStart(oldWeek);
  const newLast = previousWeekStart(newWeek);
  const rekey = (w: string) => (w === oldWeek ? newWeek : w === oldLast ? newLast : w);
  const merged = new Map<string, WeekActivity>();
  for (const entry of slice.activity) {
    const key = rekey(entry.weekStart);
    const prior = merged.get(key);
    merged.set(
      key,
      prior
        ? {
            weekStart: key,
            checkinsCompleted: prior.checkinsCompleted + entry.checkinsCompleted,
            checkinMinutes: prior.checkinMinutes + entry.checkinMinutes,
            checkinsUnfinished: prior.checkinsUnfinished + entry.checkinsUnfinished,
            timeouts: prior.timeouts + entry.timeouts,
            timeoutsCameBack: prior.timeoutsCameBack + entry.timeoutsCameBack,
            notes: [...prior.notes, ...entry.notes].slice(-200),
          }
        : { ...entry, weekStart: key },
    );
  }
  return {
    ...slice,
    activity: [...merged.values()].sort((a, b) => b.weekStart.localeCompare(a.weekStart)).slice(0, 6),
    weekStart: slice.weekStart ? rekey(slice.weekStart) : slice.weekStart,
    focus: slice.focus ? { ...slice.focus, weekStart: rekey(slice.focus.weekStart) } : slice.focus,
    last: slice.last ? { ...slice.last, weekStart: rekey(slice.last.weekStart) } : slice.last,
    recapOfferedFor: slice.recapOfferedFor ? rekey(slice.recapOfferedFor) : slice.recapOfferedFor,
  };
}

/**
 * The therapy day changed: the week slice moves (rekeyWeeks), and so does the notes feature's
 * mutual-reveal state, which is keyed by the week it belongs to; left behind, this week's two
 * templates would no longer be offered. The note records keep their NOTE#<old week> keys (they
 * are not rewritten): readers find them through this week's activity refs (noteWeeksOf).
 */
export function rekeyHousehold(household: Household, oldWeek: string, newWeek: string): Household {
  if (oldWeek === newWeek) return household;
  const reveal = household.notes.reveal;
  const oldLast = previousWeekStart(oldWeek);
  const revealWeek =
    reveal?.weekStart === oldWeek
      ? newWeek
      : reveal?.weekStart === oldLast
        ? previousWeekStart(newWeek)
        : undefined;
  return {
    ...household,
    week: rekeyWeeks(household.week, oldWeek, newWeek),
    notes:
      reveal && revealWeek
        ? { ...household.notes, reveal: { ...reveal, weekStart: revealWeek } }
        : household.notes,
  };
}

/**
 * The week starts under which a week's notes are filed: its own, plus the old start of any
 * notes that moved into it when the therapy day changed (their refs are in its activity).
 */
export function noteWeeksOf(week: string, activity: WeekActivity): string[] {
  const filed = activity.notes.map((n) => weekOfNoteRef(n.sk)).filter((w): w is string => w !== undefined);
  return [...new Set([week, ...filed])].sort();
}

/** Applies a change to the household's week slice. */
export function changeWeek(household: Household, change: SliceChange): Household {
  const week = change(household.week);
  return week === household.week ? household : { ...household, week };
}

/**
 * This week's focus, for other features (the check-in leans its questions toward it).
 * `household.week.focus` can still hold an old week's until the first write of a new week;
 * this checks the week it belongs to, so a focus from weeks ago steers nothing.
 */
export function focusFor(household: Household, week: string): Focus | undefined {
  const focus = household.week.focus;
  return focus?.weekStart === week ? focus : undefined;
}

/** This week's focus theme (see `focusFor`). */
export function focusThemeFor(household: Household, week: string): FocusTheme | undefined {
  return focusFor(household, week)?.theme;
}
