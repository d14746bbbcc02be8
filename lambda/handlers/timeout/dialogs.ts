import * as z from 'zod/mini';
import type { Turn } from '../../turn';

/**
 * What the time-out asked last, in the session. `timeoutId` ties an answer to the time-out it
 * was asked about; nothing the couple says is ever kept here.
 */
export const timeoutDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('timeout.propose'), minutes: z.int().check(z.minimum(10), z.maximum(30)) }),
    /** The restart question after the break: the first of the two sentences. */
    // `reasked`: words Alexa could not place were asked for again once, as free text.
    z.object({
      kind: z.literal('timeout.restart'),
      timeoutId: z.string().check(z.maxLength(64)),
      reasked: z.optional(z.boolean()),
    }),
    /** The second sentence (the time-out is already closed as come back). */
    z.object({ kind: z.literal('timeout.restartSecond'), reasked: z.optional(z.boolean()) }),
    z.object({ kind: z.literal('timeout.offerNote') }),
    /** Launch offers while a time-out is open. */
    z.object({ kind: z.literal('timeout.offerComeBack'), timeoutId: z.string().check(z.maxLength(64)) }),
    z.object({ kind: z.literal('timeout.offerRestart'), timeoutId: z.string().check(z.maxLength(64)) }),
    z.object({ kind: z.literal('timeout.offerStart'), timeoutId: z.string().check(z.maxLength(64)) }),
  ]),
);
export type TimeoutDialog = z.infer<typeof timeoutDialogSchema>;
export type TimeoutDialogKind = TimeoutDialog['kind'];

/** The time-out's dialog of this session, when the last question was the time-out's. */
export function timeoutDialog(turn: Turn): TimeoutDialog | undefined {
  return turn.dialogOf(timeoutDialogSchema);
}

export function setTimeoutDialog(turn: Turn, dialog: TimeoutDialog): void {
  turn.setDialog(dialog);
}
