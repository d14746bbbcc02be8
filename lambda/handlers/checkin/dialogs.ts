import * as z from 'zod/mini';
import { partnerIdSchema } from '../../domain/partner-id';

/**
 * What the check-in last asked, one kind each; the turn parses it once (`turn.dialogOf`).
 * Values that came from the session are read loosely (an older session may lack one).
 */
const ritual = z.optional(z.tuple([partnerIdSchema, partnerIdSchema]));

export const checkinDialogSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    /** "A 10 minute check-in: are you both here?" */
    z.object({
      kind: z.literal('checkin.confirmStart'),
      minutes: z.optional(z.number()),
      remember: z.optional(z.boolean()),
    }),
    /** "Alex, would you like to go first?" */
    z.object({
      kind: z.literal('checkin.whoFirst'),
      minutes: z.optional(z.number()),
      remember: z.optional(z.boolean()),
      speaker: z.optional(partnerIdSchema),
    }),
    /** "Would you like a question to think about on your own?" */
    z.object({ kind: z.literal('checkin.soloOffer') }),
    /** At launch: "You're in the middle of a check-in; continue?" */
    z.object({ kind: z.literal('checkin.offerContinue') }),
    /** "Shall we start one?" */
    z.object({ kind: z.literal('checkin.offerStart') }),
    /** After the close: "Would you like a reminder?" (the closing ritual is still owed). */
    z.object({ kind: z.literal('checkin.offerReminders'), ritual }),
    /** "Which days, and what time?" */
    z.object({ kind: z.literal('checkin.remindersHow'), ritual }),
  ]),
);
export type CheckinDialog = z.infer<typeof checkinDialogSchema>;
export type CheckinDialogKind = CheckinDialog['kind'];

/** The kinds by name, for handlers that set or match one. */
export const DIALOG = {
  confirmStart: 'checkin.confirmStart',
  whoFirst: 'checkin.whoFirst',
  soloOffer: 'checkin.soloOffer',
  offerContinue: 'checkin.offerContinue',
  offerStart: 'checkin.offerStart',
  offerReminders: 'checkin.offerReminders',
  remindersHow: 'checkin.remindersHow',
} as const satisfies Record<string, CheckinDialogKind>;
