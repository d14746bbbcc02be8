import { z } from 'zod';

/** The notes feature's part of the household item. Owned by the notes feature. */
export const notesSliceSchema = z.looseObject({});
export type NotesSlice = z.infer<typeof notesSliceSchema>;
