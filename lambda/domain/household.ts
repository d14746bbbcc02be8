import * as z from 'zod/mini';
import { checkinSliceSchema } from './checkin/slice';
import { notesSliceSchema } from './notes/slice';
import { timeoutSliceSchema } from './timeout/slice';
import { partnerIdSchema, otherPartnerId, type PartnerId } from './partner-id';
import { weekSliceSchema } from './week/slice';

/**
 * The household aggregate: everything a normal dialog turn needs, kept in one bounded
 * item so that a turn costs one read and one write. Each feature owns one slice.
 */
export { PARTNER_IDS, partnerIdSchema, otherPartnerId, type PartnerId } from './partner-id';

export const MAX_NAME_LENGTH = 40;

export const partnerSchema = z.object({
  id: partnerIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  /** Digests of the Alexa personIds recognized as this partner. */
  voices: z._default(z.array(z.string()).check(z.maxLength(10)), []),
});
export type Partner = z.infer<typeof partnerSchema>;

export const DEFAULT_CHECKIN_MINUTES = 10;
export const DEFAULT_RETENTION_DAYS = 365;

export const settingsSchema = z.object({
  checkinMinutes: z._default(z.int().check(z.gte(2), z.lte(60)), DEFAULT_CHECKIN_MINUTES),
  /** 0 = Sunday … 6 = Saturday; weeks start on this day when set, otherwise Monday. */
  therapyDay: z.optional(z.int().check(z.gte(0), z.lte(6))),
  /** Last time zone read from the device, used when the Settings API cannot be reached. */
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  retentionDays: z._default(z.int().check(z.gte(7), z.lte(3660)), DEFAULT_RETENTION_DAYS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const householdSchema = z.object({
  id: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  version: z.int().check(z.nonnegative()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Empty until first-run setup has learned both names; then exactly two. */
  partners: z.array(partnerSchema).check(z.maxLength(2)),
  settings: z.prefault(settingsSchema, {}),
  checkin: z.prefault(checkinSliceSchema, {}),
  notes: z.prefault(notesSliceSchema, {}),
  week: z.prefault(weekSliceSchema, {}),
  timeout: z.prefault(timeoutSliceSchema, {}),
});
export type Household = z.infer<typeof householdSchema>;

export function newHousehold(id: string, now: Date): Household {
  return householdSchema.parse({
    id,
    version: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    partners: [],
  });
}

export function isSetUp(household: Household | undefined): household is Household {
  return household !== undefined && household.partners.length === 2;
}

export function partner(household: Household, id: PartnerId): Partner {
  const found = household.partners.find((p) => p.id === id);
  if (!found) throw new Error(`household has no partner ${id}`);
  return found;
}

export function otherPartner(household: Household, id: PartnerId): Partner {
  return partner(household, otherPartnerId(id));
}

/** Tidies a spoken first name: trims, drops stray punctuation, capitalizes each word. */
export function normalizeName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const cleaned = raw
    .replace(/[^\p{L}\p{M}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .trim();
  if (!cleaned) return undefined;
  return cleaned.replace(
    /(^|[ '-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toLocaleUpperCase('en'),
  );
}

/** Matches a spoken name to a partner, forgiving case and accents. */
export function findPartnerByName(household: Household, spoken: string | undefined): Partner | undefined {
  const wanted = fold(spoken);
  if (!wanted) return undefined;
  return (
    household.partners.find((p) => fold(p.name) === wanted) ??
    household.partners.find((p) => fold(p.name).split(' ')[0] === wanted.split(' ')[0])
  );
}

function fold(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z' ]/g, '')
    .trim();
}

export function setPartners(household: Household, first: string, second: string, now: Date): Household {
  return {
    ...household,
    updatedAt: now.toISOString(),
    partners: [
      { id: 'p1', name: first, voices: [] },
      { id: 'p2', name: second, voices: [] },
    ],
  };
}

/** Links a recognized voice to one partner, and unlinks it from the other. */
export function linkVoice(household: Household, id: PartnerId, voiceId: string, now: Date): Household {
  return {
    ...household,
    updatedAt: now.toISOString(),
    partners: household.partners.map((p) => {
      const others = p.voices.filter((v) => v !== voiceId);
      return { ...p, voices: p.id === id ? [...others, voiceId].slice(-10) : others };
    }),
  };
}

export function partnerForVoice(household: Household, voiceId: string | undefined): Partner | undefined {
  if (!voiceId) return undefined;
  return household.partners.find((p) => p.voices.includes(voiceId));
}
