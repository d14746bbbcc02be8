import * as z from 'zod/mini';
import { lenient } from '../define';

/**
 * What the core last asked, one kind each; the turn parses it once (`turn.dialogOf`).
 * Fields read back from the session are lenient: a dialog of the right kind always parses.
 */
export const RETRY_DIALOG = 'core.retry';
/** "Is this Alex or Sam?", set by requireSpeaker (flow.ts) and at launch for a new voice. */
export const IDENTIFY_DIALOG = 'identify';

export const coreDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    /** "Who are the two of you?" */
    z.object({ kind: z.literal('setup.names') }),
    /** "And the other name?" after one name was heard. */
    z.object({ kind: z.literal('setup.second'), first: lenient(z.string()) }),
    /**
     * "Is this Alex or Sam?": the continuation to resume once answered, by name, with its args,
     * and how many answers in a row were not a partner's name.
     */
    z.object({
      kind: z.literal(IDENTIFY_DIALOG),
      then: lenient(z.string()),
      args: lenient(z.record(z.string(), z.unknown())),
      misses: lenient(z.number()),
    }),
    /** "Shall I try that again?" after a database fault (retry.ts). */
    z.object({ kind: z.literal(RETRY_DIALOG) }),
  ]),
);
export type CoreDialog = z.infer<typeof coreDialogSchema>;
export type IdentifyDialog = Extract<CoreDialog, { kind: typeof IDENTIFY_DIALOG }>;
