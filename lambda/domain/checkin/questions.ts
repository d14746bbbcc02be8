/**
 * The check-in questions as the domain knows them: ids and themes, and how two are picked for a
 * check-in. One question per partner per check-in. What each says is speech (speech/en/questions.ts).
 */
export const QUESTION_THEMES = [
  'pursue-withdraw',
  'repair',
  'bids',
  'appreciation',
  'stress',
  'closeness',
  'general',
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export interface Question {
  id: QuestionId;
  theme: QuestionTheme;
}

/** How many questions each theme has (their wording is in speech/en/questions.ts). */
const PER_THEME = 8;

const PREFIX = {
  'pursue-withdraw': 'pw',
  repair: 'rp',
  bids: 'bd',
  appreciation: 'ap',
  stress: 'st',
  closeness: 'cl',
  general: 'gn',
} as const satisfies Record<QuestionTheme, string>;

type Prefix = (typeof PREFIX)[QuestionTheme];
/** A question's stable id (kept in check-ins and their records): theme prefix and number. */
export type QuestionId = `${Prefix}-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;

export const QUESTIONS: readonly Question[] = QUESTION_THEMES.flatMap((theme) =>
  Array.from({ length: PER_THEME }, (_, i) => ({ id: `${PREFIX[theme]}-${i + 1}` as QuestionId, theme })),
);

const BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/**
 * The question-bank theme for a weekly focus, whatever words the focus was kept in
 * ("the pursue-withdraw loop", "repair after irritation", "bids"). Undefined when none fits.
 */
export function themeForFocus(focus: string | undefined): QuestionTheme | undefined {
  if (!focus) return undefined;
  const f = focus.toLowerCase();
  if (/pursu|withdraw|loop|distanc/.test(f)) return 'pursue-withdraw';
  if (/repair|irritat|apolog|restart|start over/.test(f)) return 'repair';
  if (/\bbid|turn(ing)? toward|connection/.test(f)) return 'bids';
  if (/apprecia|gratitude|thank/.test(f)) return 'appreciation';
  if (/stress|overwhelm|busy|tired/.test(f)) return 'stress';
  if (/clos|intima|affection|together/.test(f)) return 'closeness';
  return undefined;
}

/** A random number in [0, 1): Math.random in the skill, a seeded one in tests. */
export type Random = () => number;

/** A small seeded generator (mulberry32), so tests can repeat a choice exactly. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How strongly choices lean toward the week's focus when it has unused questions left. */
export const FOCUS_LEAN = 0.7;

/**
 * Picks one question not asked in the recent check-ins (and not in `exclude`), leaning toward
 * the focus theme. Falls back to the least recently used question if every one was used.
 */
export function pickQuestion(
  options: { recent: string[][]; exclude?: string[]; focus?: QuestionTheme },
  random: Random,
): Question {
  const used = new Set([...options.recent.flat(), ...(options.exclude ?? [])]);
  const fresh = QUESTIONS.filter((q) => !used.has(q.id));
  if (fresh.length === 0) {
    // Everything was used lately: take the one used longest ago that is not in this check-in.
    const excluded = new Set(options.exclude ?? []);
    for (const set of [...options.recent].reverse()) {
      const candidate = set.map(questionById).find((q) => q && !excluded.has(q.id));
      if (candidate) return candidate;
    }
    return QUESTIONS.find((q) => !excluded.has(q.id)) ?? QUESTIONS[0]!;
  }
  const inFocus = options.focus ? fresh.filter((q) => q.theme === options.focus) : [];
  const pool = inFocus.length > 0 && random() < FOCUS_LEAN ? inFocus : fresh;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]!;
}

/** The two questions of a new check-in: different from each other and from recent check-ins. */
export function pickPair(
  recent: string[][],
  focus: QuestionTheme | undefined,
  random: Random,
): [Question, Question] {
  const first = pickQuestion({ recent, focus }, random);
  const second = pickQuestion({ recent, focus, exclude: [first.id] }, random);
  return [first, second];
}
