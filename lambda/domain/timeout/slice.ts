import * as z from 'zod/mini';

/**
 * The time-out's part of the household item: at most one time-out in progress. It belongs to
 * the household, never to a partner (no author, no "who asked"), and holds no words: nothing
 * said during a time-out is kept. A finished time-out is a record (TIMEOUT#<startedAt>#<id>)
 * and a count in the week's activity.
 */
export const MIN_TIMEOUT_MINUTES = 10;
export const MAX_TIMEOUT_MINUTES = 30;
/** The break commonly suggested in couples work: long enough for bodies to settle. */
export const DEFAULT_TIMEOUT_MINUTES = 20;
/** "Not yet" at the restart gives one more, shorter break (once). */
export const EXTRA_BREAK_MINUTES = 10;

export const TIMEOUT_STATES = [
  /** Agreed; waiting for the answer to the timer permission request. */
  'proposed',
  /** The break is on (an Alexa timer holds it, unless `selfTimed`). */
  'running',
  /** The break is over and the gentle restart has been offered; nobody has answered yet. */
  'back',
] as const;
export type TimeoutState = (typeof TIMEOUT_STATES)[number];

export const activeTimeoutSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  /** When the couple asked for the break. */
  startedAt: z.string(),
  /** Last step taken; a time-out untouched for long is closed (see machine.ts isStale). */
  touchedAt: z.string(),
  minutes: z.int().check(z.minimum(MIN_TIMEOUT_MINUTES), z.maximum(MAX_TIMEOUT_MINUTES)),
  state: z.enum(TIMEOUT_STATES),
  /** The Alexa timer holding the break, when timers are allowed. */
  timerId: z.optional(z.string().check(z.maxLength(100))),
  /** When the break (or the extra break) ends. */
  endsAt: z.optional(z.string()),
  /** True when no timer holds the break: the couple comes back by saying "we're back". */
  selfTimed: z._default(z.boolean(), false),
  /** True once "not yet" has given the one extra break. */
  extended: z._default(z.boolean(), false),
});
export type ActiveTimeout = z.infer<typeof activeTimeoutSchema>;

export const timeoutSliceSchema = z.looseObject({
  active: z.optional(activeTimeoutSchema),
  /** When the couple said no to timers for the break (not asked again for a while). */
  timersDeclinedAt: z.optional(z.string()),
});
export type TimeoutSlice = z.infer<typeof timeoutSliceSchema>;
