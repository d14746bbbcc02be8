import { z } from 'zod';

/** The checkin feature's part of the household item. Owned by the checkin feature. */
export const checkinSliceSchema = z.looseObject({});
export type CheckinSlice = z.infer<typeof checkinSliceSchema>;
