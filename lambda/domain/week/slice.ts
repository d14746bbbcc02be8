import { z } from 'zod';

/** The week feature's part of the household item. Owned by the week feature. */
export const weekSliceSchema = z.looseObject({});
export type WeekSlice = z.infer<typeof weekSliceSchema>;
