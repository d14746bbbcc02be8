import { z } from 'zod';
import { weekActivitySchema } from './activity';

/** The week feature's part of the household item. Owned by the week feature. */
export const weekSliceSchema = z.looseObject({
  /** Recent weeks' activity, newest first (see activity.ts). */
  activity: z.array(weekActivitySchema).max(3).default([]),
});
export type WeekSlice = z.infer<typeof weekSliceSchema>;
