import { z } from 'zod';
import { partnerIdSchema } from '../partner-id';

/**
 * The check-in feature's part of the household item. Bounded: one active check-in (two turns),
 * the question ids of the last eight check-ins, and the reminder tokens. Finished check-ins are
 * records (CHECKIN#<startedAt>#<id>), never kept here.
 */
export const speakingTimeSchema = z.object({
  partner: partnerIdSchema,
  questionId: z.string().max(40),
  /** Question ids already offered in this turn ("another question"), oldest first. */
  replaced: z.array(z.string().max(40)).max(3).default([]),
  startedAt: z.string().optional(),
  /** When the turn's time is up (absent while paused or not yet started). */
  endsAt: z.string().optional(),
  /** Time left when paused, in milliseconds. */
  pausedRemainingMs: z.number().int().nonnegative().optional(),
  endedAt: z.string().optional(),
  /** True when the turn ran its whole time; false when it was cut short. */
  ranFullTime: z.boolean().optional(),
  /** The Alexa timer keeping this turn's time, when timers are allowed. */
  timerId: z.string().max(100).optional(),
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
  id: z.string().max(64),
  startedAt: z.string(),
  /** Last step taken; a check-in untouched for two hours is closed as unfinished. */
  touchedAt: z.string(),
  minutes: z.number().int().min(2).max(60),
  state: z.enum(CHECKIN_STATES),
  /** 0 = the first partner's turn, 1 = the second's. */
  turnIndex: z.union([z.literal(0), z.literal(1)]),
  turns: z.array(speakingTimeSchema).length(2),
  /** True when the couple keeps time themselves (timers not allowed). */
  selfTimed: z.boolean().default(false),
});
export type ActiveCheckin = z.infer<typeof activeCheckinSchema>;

export const checkinSliceSchema = z.looseObject({
  active: activeCheckinSchema.optional(),
  /** Who went first last time, so the next check-in can alternate. */
  lastFirst: partnerIdSchema.optional(),
  /** Question ids of the last eight check-ins, newest first. */
  recentQuestions: z
    .array(z.array(z.string().max(40)).max(8))
    .max(8)
    .default([]),
  /** Set when a check-in was closed as unfinished and nobody has heard about it yet. */
  unfinishedNotice: z.boolean().default(false),
  completedCount: z.number().int().nonnegative().default(0),
  /** When the couple said no to timers (they keep time themselves for a while). */
  timersDeclinedAt: z.string().optional(),
  reminders: z
    .object({
      tokens: z.array(z.string().max(200)).max(7),
      days: z.array(z.string().max(2)).max(7),
      time: z.string().max(5),
    })
    .optional(),
  /** After a "no" to reminders, they are not offered again for two weeks. */
  remindersDeclinedAt: z.string().optional(),
});
export type CheckinSlice = z.infer<typeof checkinSliceSchema>;
