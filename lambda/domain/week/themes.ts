import type { FocusTheme } from './slice';

/**
 * The common weekly focuses therapists suggest, and the small good rituals a couple can
 * protect. Ids are stored; the spoken words live in lambda/speech/en/week.ts.
 */
export const SUGGESTED_FOCUSES: readonly FocusTheme[] = [
  'pursue_withdraw',
  'repair_after_irritation',
  'bids_for_connection',
];

/** Small, ordinary rituals; spoken in week.ts (`ritualName`, `ritualIdea`). */
export const RITUALS = [
  'walk',
  'meal',
  'funny_text',
  'morning_hug',
  'coffee',
  'song',
  'photo',
  'goodnight',
  'cook',
  'sit_outside',
] as const;
export type Ritual = (typeof RITUALS)[number];

export function isRitual(value: unknown): value is Ritual {
  return typeof value === 'string' && (RITUALS as readonly string[]).includes(value);
}

/** A ritual to suggest: varies by day and by how many were suggested in this conversation. */
export function ritualFor(dayNumber: number, offset: number): Ritual {
  const n = RITUALS.length;
  return RITUALS[(((dayNumber + offset) % n) + n) % n]!;
}

/** Days since the epoch of a local date (YYYY-MM-DD), for rotation. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00.000Z`) / 86_400_000);
}

/** Recognizes one of our rituals in the couple's own words ("we went for a walk"). */
export function ritualInWords(text: string | undefined): Ritual | undefined {
  const t = (text ?? '').toLowerCase();
  const found: [RegExp, Ritual][] = [
    [/\bwalk/, 'walk'],
    [/\b(hug|cuddle)/, 'morning_hug'],
    [/\b(text|message)/, 'funny_text'],
    [/\b(meal|dinner|lunch|breakfast)\b/, 'meal'],
    [/\b(coffee|tea)\b/, 'coffee'],
    [/\b(song|music|danc)/, 'song'],
    [/\b(photo|picture)/, 'photo'],
    [/\b(goodnight|good night|bed ?time)/, 'goodnight'],
    [/\b(cook|bake|baking)/, 'cook'],
    [/\b(outside|garden|porch|balcony)\b/, 'sit_outside'],
  ];
  return found.find(([pattern]) => pattern.test(t))?.[1];
}
