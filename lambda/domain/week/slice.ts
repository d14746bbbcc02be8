import * as z from 'zod/mini';
import { weekActivitySchema } from './activity-schema';

/**
 * The week feature's part of the household item. Owned by the week feature.
 *
 * The household item is read on every turn, so this slice is bounded: it holds this week's
 * plan (focus, small steps, appreciations, good things) at the top level, last week's plan in
 * `last`, the household's repair phrase, and the activity refs of activity.ts. When a new week
 * begins, older weeks are archived as `WEEK#<weekStart>` records (see plan.ts `rollHousehold`).
 *
 * `focus.theme` stays at `household.week.focus.theme`: the check-in feature reads it there to lean
 * its questions toward the week's focus. `focus.weekStart` says which week it belongs to.
 */
export const FOCUS_THEMES = ['pursue_withdraw', 'repair_after_irritation', 'bids_for_connection'] as const;
export const focusThemeSchema = z.enum(FOCUS_THEMES);
export type FocusTheme = z.infer<typeof focusThemeSchema>;

/** Bounds on what one week keeps in the household item. */
export const MAX_TEXT = 200;
export const MAX_GOOD_THING_TEXT = 120;
export const MAX_APPRECIATIONS = 14;
export const MAX_GOOD_THINGS = 7;
export const MAX_REPAIR_PHRASE = 120;

const partnerId = z.enum(['p1', 'p2']);

export const focusSchema = z.object({
  weekStart: z.string(),
  /** One of the common focuses, when the couple chose one. */
  theme: z.optional(focusThemeSchema),
  /** The couple's own words, when they used them. */
  text: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  setAt: z.string(),
});
export type Focus = z.infer<typeof focusSchema>;

export const stepSchema = z.object({
  author: partnerId,
  text: z.string().check(z.maxLength(MAX_TEXT)),
  at: z.string(),
});
export type Step = z.infer<typeof stepSchema>;

export const appreciationSchema = z.object({
  author: partnerId,
  about: partnerId,
  text: z.string().check(z.maxLength(MAX_TEXT)),
  at: z.string(),
});
export type Appreciation = z.infer<typeof appreciationSchema>;

export const goodThingSchema = z.object({
  /** A ritual from our list (rituals.ts) when it was one of ours. */
  ritual: z.optional(z.string().check(z.maxLength(40))),
  /** What the couple said they did, in their words. */
  text: z.optional(z.string().check(z.maxLength(MAX_GOOD_THING_TEXT))),
  at: z.string(),
});
export type GoodThing = z.infer<typeof goodThingSchema>;

/** One week's plan and what the couple kept of it. */
export const planSchema = z.object({
  weekStart: z.string(),
  focus: z.optional(focusSchema),
  steps: z._default(z.array(stepSchema).check(z.maxLength(2)), []),
  appreciations: z._default(z.array(appreciationSchema).check(z.maxLength(MAX_APPRECIATIONS)), []),
  goodThings: z._default(z.array(goodThingSchema).check(z.maxLength(MAX_GOOD_THINGS)), []),
  /** The ritual the couple said yes to this week, before they have done it. */
  plannedRitual: z.optional(z.string().check(z.maxLength(40))),
});
export type Plan = z.infer<typeof planSchema>;

export const repairPhraseSchema = z.object({
  text: z.string().check(z.maxLength(MAX_REPAIR_PHRASE)),
  setAt: z.string(),
});

export const weekSliceSchema = z.looseObject({
  /** Recent weeks' activity, newest first (see activity.ts). Older weeks are archived. */
  activity: z._default(z.array(weekActivitySchema).check(z.maxLength(6)), []),
  /** The week the top-level plan fields below belong to. */
  weekStart: z.optional(z.string()),
  focus: z.optional(focusSchema),
  steps: z._default(z.array(stepSchema).check(z.maxLength(2)), []),
  appreciations: z._default(z.array(appreciationSchema).check(z.maxLength(MAX_APPRECIATIONS)), []),
  goodThings: z._default(z.array(goodThingSchema).check(z.maxLength(MAX_GOOD_THINGS)), []),
  plannedRitual: z.optional(z.string().check(z.maxLength(40))),
  /** Last week's plan, for the recap; undefined when nothing was kept for it. */
  last: z.optional(planSchema),
  /** The household's repair phrase: one for the couple, not per week. */
  repairPhrase: z.optional(repairPhraseSchema),
  /**
   * Dictated text kept while the skill asks who said it ("Is this Alex or Sam?"), written before
   * that question so a dropped session loses nothing; one at a time, offered again at launch.
   */
  pending: z.optional(
    z.object({
      kind: z.enum(['appreciation', 'step']),
      text: z.string().check(z.maxLength(MAX_TEXT)),
      at: z.string(),
    }),
  ),
  /** The week for which last week's recap was offered at launch, so it is offered once. */
  recapOfferedFor: z.optional(z.string()),
});
export type WeekSlice = z.infer<typeof weekSliceSchema>;
