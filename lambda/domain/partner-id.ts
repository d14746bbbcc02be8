import * as z from 'zod/mini';

/**
 * The two partners' ids. Kept apart from household.ts so that the feature slices (which
 * household.ts imports) can use the enum without an import cycle; household.ts re-exports it.
 */
export const PARTNER_IDS = ['p1', 'p2'] as const;
export const partnerIdSchema = z.enum(PARTNER_IDS);
export type PartnerId = z.infer<typeof partnerIdSchema>;

/** The other partner's id. */
export function otherPartnerId(id: PartnerId): PartnerId {
  return id === 'p1' ? 'p2' : 'p1';
}
