import type { FocusTheme } from './slice';

function normalized(words: string | undefined): string {
  return (words ?? '')
    .toLowerCase()
    .replace(/[-‐–—_]/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/\b(the|our|a)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

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

/**
 * Recognizes one of our rituals in the couple's own words ("we went for a walk"). Only a tag:
 * what is stored and spoken back is what they said (plan.ts addGoodThing keeps the text).
 */
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

/**
 * Phrases that simply name one of the common focuses ("the pursue-withdraw loop", "bids for
 * connection"). Anything else the couple says is their own words and is kept as said.
 */
const THEME_PHRASES: Record<FocusTheme, readonly string[]> = {
  pursue_withdraw: [
    'pursue withdraw loop',
    'pursue withdraw',
    'pursue withdraw cycle',
    'pursue and withdraw',
    'pursue and withdraw loop',
    'noticing pursue withdraw loop',
    'noticing when we start pursue withdraw loop',
  ],
  repair_after_irritation: [
    'repair after irritation',
    'repairing after irritation',
    'repair',
    'repairing',
    'practicing repair after irritation',
  ],
  bids_for_connection: [
    'bids for connection',
    'noticing bids for connection',
    'bids',
    'noticing bids',
    'paying attention to bids for connection',
  ],
};

/** The theme a phrase names outright, or undefined when the words are the couple's own. */
export function themeNamedBy(words: string | undefined): FocusTheme | undefined {
  const t = normalized(words);
  if (!t) return undefined;
  const found = Object.entries(THEME_PHRASES).find(([, phrases]) => phrases.includes(t));
  return found?.[0] as FocusTheme | undefined;
}

/**
 * The common focus closest to the couple's own words, kept beside their words only so the
 * check-in can lean its questions toward it; never spoken in place of what they said.
 */
export function closestTheme(words: string | undefined): FocusTheme | undefined {
  const t = (words ?? '').toLowerCase();
  if (/pursu|withdraw|chase|retreat/.test(t)) return 'pursue_withdraw';
  if (/repair|irritat/.test(t)) return 'repair_after_irritation';
  if (/\bbids?\b|connection|turn(ing)? toward/.test(t)) return 'bids_for_connection';
  return undefined;
}
