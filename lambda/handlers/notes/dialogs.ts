import * as z from 'zod/mini';
import { partnerIdSchema } from '../../domain/household';
import { noteKindSchema } from '../../domain/notes/slice';
import { lenient } from '../define';

/**
 * What the notes feature last asked, one kind each; the turn parses it once (`turn.dialogOf`).
 * The dictation is read strictly (it is all there is to go on when the household cannot be
 * read: a dictation that does not parse is no dictation); the other kinds' fields are lenient,
 * so a dialog of the right kind always parses and its handler says what a missing value means.
 */
export const DICTATE = 'notes.dictate';
export const REVEAL_ASK = 'notes.reveal.ask';

/** Where the dictation stands: enough to go on even when the household cannot be read. */
export const dictationSchema = z.lazy(() =>
  z.object({
    kind: z.literal(DICTATE),
    partner: partnerIdSchema,
    noteId: z.string(),
    noteKind: noteKindSchema,
    startedAt: z.string(),
    current: z.int().check(z.gte(0)),
  }),
);
export type Dictation = z.infer<typeof dictationSchema>;

export const notesDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    /** A part is being asked (its slot elicited). */
    dictationSchema,
    /** Stop with a part not yet saved: "Shall I try once more to save it?" */
    z.object({ kind: z.literal('notes.heldStop') }),
    /** At launch: "You were in the middle of a note; want to finish it?" */
    z.object({ kind: z.literal('notes.offerResume'), partner: lenient(partnerIdSchema) }),
    /** After bad-week or pre-therapy questions: "Sam, would you like a turn?" */
    z.object({
      kind: z.literal('notes.handoff'),
      to: lenient(partnerIdSchema),
      from: lenient(partnerIdSchema),
      noteKind: lenient(noteKindSchema),
    }),
    /** "Read it here, where others may hear?" */
    z.object({ kind: z.literal('notes.confirmRead'), partner: lenient(partnerIdSchema) }),
    /** "Delete your last note?" and which one. */
    z.object({
      kind: z.literal('notes.confirmDelete'),
      partner: lenient(partnerIdSchema),
      sk: lenient(z.string()),
    }),
    /** After both templates are done: "Want to hear them together?" */
    z.object({ kind: z.literal('notes.reveal.offer') }),
    /** The mutual reveal: who is being asked, and who has said yes so far. */
    z.object({
      kind: z.literal(REVEAL_ASK),
      asking: lenient(partnerIdSchema),
      willing: lenient(z.array(z.unknown())),
    }),
  ]),
);
export type NotesDialog = z.infer<typeof notesDialogSchema>;
export type NotesDialogKind = NotesDialog['kind'];
/** One kind's dialog, with its fields. */
export type NotesDialogOf<K extends NotesDialogKind> = Extract<NotesDialog, { kind: K }>;
