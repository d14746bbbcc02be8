import * as z from 'zod/mini';
import { noteKindSchema } from '../note-kinds';
import { partnerIdSchema } from '../partner-id';
import { MAX_PART_CHARS, PART_IDS } from './templates';

/**
 * A finished note, stored as its own record (sk NOTE#<weekStart>#<createdAt>#<id>, see keys.ts).
 * Private to its author until `shared`. Other features (the week's summary) read it with this schema.
 */
export const noteRecordSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: noteKindSchema,
    author: partnerIdSchema,
    weekStart: z.string(),
    createdAt: z.string(),
    /** Answered parts, in template order. */
    parts: z.array(z.object({ part: z.enum(PART_IDS), text: z.string().check(z.maxLength(MAX_PART_CHARS)) })),
    skipped: z._default(z.array(z.enum(PART_IDS)), []),
    /** False when saved early ("that's all") or replaced before every part was answered. */
    complete: z.boolean(),
    shared: z._default(z.boolean(), false),
    sharedAt: z.optional(z.string()),
  }),
);
export type NoteRecord = z.infer<typeof noteRecordSchema>;

/** Parses the parts of a note sort key: NOTE#<weekStart>#<createdAt>#<id>. */
export { parseNoteRef as parseNoteSk } from './ref';
