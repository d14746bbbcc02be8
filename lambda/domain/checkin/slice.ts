import * as z from 'zod/mini';
import { partnerIdSchema } from '../partner-id';

/**
 * The check-in feature's part of the household item. Bounded: one active check-in (two turns),
 * the question ids of the last eight check-ins, and the reminder tokens. Finished check-ins are
 * records (CHECKIN#<startedAt>#<id>), never kept here.
 */
export const speakingTimeSchema = z.object({
  partner: partnerIdSchema,
  questionId: z.string().check(z.maxLength(40)),
  /** Question ids already offered in this turn ("another question"), oldest first. */
  replaced: z._default(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(3)), []),
  startedAt: z.optional(z.string()),
  /** When the turn's time is up (absent while paused or not yet started). */
  endsAt: z.optional(z.string()),
  /** Time left when paused, in milliseconds. */
  pausedRemainingMs: z.optional(z.int().check(z.nonnegative())),
  endedAt: z.optional(z.string()),
  /** True when the turn ran its whole time; false when it was cut short. */
  ranFullTime: z.optional(z.boolean()),
  /** The Alexa timer keeping this turn's time, when timers are allowed. */
  timerId: z.optional(z.string().check(z.maxLength(100))),
});
export type SpeakingTime = z.infer<typeof speakingTimeSchema>;

export const CHECKIN_STATES = [
  /** Created; waiting for the answer to the timer permission request. */
  'awaiting-permission',
  'turn-running',
  'turn-paused',
] as const;
export type CheckinState = (typeof CHECKIN_STATES)[number];

export const activeCheckinSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  startedAt: z.string(),
  /** Last step taken; a check-in untouched for two hours is closed as unfinished. */
  touchedAt: z.string(),
  minutes: z.int().check(z.gte(2), z.lte(60)),
  state: z.enum(CHECKIN_STATES),
  /** 0 = the first partner's turn, 1 = the second's. */
  turnIndex: z.union([z.literal(0), z.literal(1)]),
  turns: z.array(speakingTimeSchema).check(z.length(2)),
  /** True when the couple keeps time themselves (timers not allowed). */
  selfTimed: z._default(z.boolean(), false),
});
export type ActiveCheckin = z.infer<typeof activeCheckinSchema>;

export const checkinSliceSchema = z.looseObject({
  active: z.optional(activeCheckinSchema),
  /** Who went first last time, so the next check-in can alternate. */
  lastFirst: z.optional(partnerIdSchema),
  /** Question ids of the last eight check-ins, newest first. */
  recentQuestions: z._default(
    z.array(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(8))).check(z.maxLength(8)),
    [],
  ),
  /** Set when a check-in was closed as unfinished and nobody has heard about it yet. */
  unfinishedNotice: z._default(z.boolean(), false),
  completedCount: z._default(z.int().check(z.nonnegative()), 0),
  /** When the couple said no to timers (they keep time themselves for a while). */
  timersDeclinedAt: z.optional(z.string()),
  reminders: z.optional(
    z.object({
      tokens: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(7)),
      days: z.array(z.string().check(z.maxLength(2))).check(z.maxLength(7)),
      time: z.string().check(z.maxLength(5)),
    }),
  ),
  /** After a "no" to reminders, they are not offered again for two weeks. */
  remindersDeclinedAt: z.optional(z.string()),
});
export type CheckinSlice = z.infer<typeof checkinSliceSchema>;
