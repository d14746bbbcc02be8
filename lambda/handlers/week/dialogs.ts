import * as z from 'zod/mini';
import { partnerIdSchema } from '../../domain/household';
import { lenient } from '../define';

/**
 * What the week feature last asked, one kind each; the turn parses it once (`turn.dialogOf`).
 * Fields read back from the session are lenient: a dialog of the right kind always parses.
 */
const bare = <K extends string>(kind: K) => z.object({ kind: z.literal(kind) });

export const weekDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    /** "Which focus would you like this week?" */
    bare('week.focus'),
    /** "Would each of you like to name a small step?" */
    bare('week.steps'),
    /** After the recap: "Keep last week's focus?" */
    bare('week.keepFocus'),
    /** "What would you like your repair phrase to be?" */
    bare('week.repair'),
    /** "What did Sam do?" (an appreciation needs something specific). */
    bare('week.appreciation'),
    /** "Which day are your sessions?" */
    bare('week.therapyDay'),
    /** At launch: "Was it yours, Sam?" (something dictated waits for its author). */
    bare('week.pendingMine'),
    /** At launch: "Who said it, Alex or Sam?" */
    bare('week.pendingWho'),
    /** At launch: "Want to hear how last week went?" */
    bare('week.recapOffer'),
    /** "Tell me more": the summary's next chunk (positions only, never the text). */
    z.object({
      kind: z.literal('week.summary'),
      week: lenient(z.string()),
      speaker: lenient(partnerIdSchema),
      includePrivate: lenient(z.boolean()),
      next: lenient(z.number()),
    }),
    /** "Is it just you, or fine for both to hear?" before the summary's private notes. */
    z.object({
      kind: z.literal('week.summaryGate'),
      week: lenient(z.string()),
      speaker: lenient(partnerIdSchema),
    }),
    /** "How about a walk after dinner?" and how many were suggested before. */
    z.object({ kind: z.literal('week.ritual'), ritual: lenient(z.string()), offset: lenient(z.number()) }),
  ]),
);
export type WeekDialog = z.infer<typeof weekDialogSchema>;
export type WeekDialogKind = WeekDialog['kind'];
