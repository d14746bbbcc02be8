import * as z from 'zod/mini';
import { partnerIdSchema } from '../../domain/household';
import { lenient } from '../define';

/**
 * What the safety feature last asked, one kind each; the turn parses it once (`turn.dialogOf`).
 * Fields read back from the session are lenient: a dialog of the right kind always parses.
 */
export const CRISIS_DIALOG = 'safety.crisis';
export const DELETE_MINE = 'safety.deleteMine';
export const DELETE_ALL = 'safety.deleteAll';

export const crisisKindSchema = z.enum(['self-harm', 'violence', 'danger']);

/** The crisis answer, and what "keep my note" would run with the text it holds (session only). */
export const crisisDialogSchema = z.lazy(() =>
  z.object({
    kind: z.literal(CRISIS_DIALOG),
    crisisKind: lenient(crisisKindSchema),
    keep: lenient(z.object({ name: z.string(), args: z.record(z.string(), z.unknown()) })),
    /** A note was being dictated: its earlier parts are saved, though nothing of this request is. */
    noteInProgress: lenient(z.boolean()),
  }),
);

export const safetyDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    crisisDialogSchema,
    /** "Delete all of your notes, Alex?" */
    z.object({ kind: z.literal(DELETE_MINE), partner: lenient(partnerIdSchema) }),
    /** "Delete everything about the two of you?" */
    z.object({ kind: z.literal(DELETE_ALL) }),
  ]),
);
export type SafetyDialog = z.infer<typeof safetyDialogSchema>;
export type CrisisDialog = Extract<SafetyDialog, { kind: typeof CRISIS_DIALOG }>;
