/**
 * The check-in question bank, written for Between Us. One question per partner per check-in;
 * each is open, about the speaker's own experience, and answerable in a few minutes.
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
  id: string;
  theme: QuestionTheme;
  text: string;
}

const BANK: Record<QuestionTheme, string[]> = {
  'pursue-withdraw': [
    'When did you notice our old loop start this week, and what was the first thing you felt?',
    'When you move toward me or pull away in a hard moment, what are you hoping will happen?',
    'What is one thing I could do that would make it a little easier for you to stay in the conversation?',
    'What do you tell yourself about me when I go quiet, or when I push for more?',
    'Think of a moment this week when the loop did not take over. What was different?',
    'What does your body do when a conversation starts to feel like too much?',
    'If our pattern had a name, what would you call it, and how did it show up lately?',
    'What would a signal look like that lets us both know we need a short pause?',
  ],
  repair: [
    'Is there a small moment of irritation from this week that still feels unfinished for you?',
    'What helps you feel ready to reconnect after we have been sharp with each other?',
    'What is one thing you wish you had said differently this week, and how would you say it now?',
    'When one of us tries to repair, what makes it easy or hard for you to meet it?',
    'What does a good apology or restart sound like to you?',
    'How did we come back together the last time things got tense, and what helped?',
    'What is something small that stung this week that you would like me to understand?',
    'What would help you say sooner that you are starting to feel annoyed?',
  ],
  bids: [
    'When did you reach for me this week, even in a small way, and how did it land?',
    'What is a small way I can let you know I noticed you today?',
    'Which moment this week made you feel seen by me?',
    'Was there a time you wanted my attention and did not ask? What got in the way?',
    'What is an everyday moment when you would most like me to turn toward you?',
    'How do you usually let me know you want to connect, and how can I notice it better?',
    'What is a small ritual of ours that helps you feel close?',
    'Is there a bid of mine you think you might have missed lately?',
  ],
  appreciation: [
    'What is one specific thing I did this week that you appreciated?',
    'What is something about how we handled this week that you feel good about?',
    'What is a quality of mine you have leaned on lately?',
    'Which small thing I do often goes unnoticed but matters to you?',
    'What moment this week would you like to thank me for?',
    'What is something we did together recently that you would like more of?',
    'What effort of mine have you seen, even if it did not go perfectly?',
    'What made you smile about us this week?',
  ],
  stress: [
    'What has been weighing on you most this week, inside or outside our relationship?',
    'When you are stressed, what kind of support helps most, and what does not?',
    'What is taking up more of your energy than anyone can see right now?',
    'What is one thing that could come off your plate this week, and how could I help?',
    'How has stress shown up between us lately?',
    'What do you need from me when you come home after a hard day?',
    'What would help you feel a bit more rested or steady this week?',
    'Is there a worry you have been carrying alone that you would like to share?',
  ],
  closeness: [
    'When did you feel closest to me recently?',
    'What helps you feel safe enough to be open with me?',
    'What is one thing you would like us to do together in the coming week?',
    'What does feeling connected look like for you on an ordinary day?',
    'Is there something you would like to share with me that you have been holding back?',
    'What is a memory of us that you come back to when you want to feel close?',
    'What kind of affection means the most to you right now?',
    'How can we protect a little time for each other this week?',
  ],
  general: [
    'How are you really doing this week, beyond the usual answer?',
    'What went better for us this week than you expected?',
    'What is one thing you would like us to keep in mind until our next session?',
    'What is something you learned about yourself this week?',
    'What felt hard for you this week, and what helped even a little?',
    'What is one thing you would like more of between us, and one thing less of?',
    'What would make next week feel a little lighter for us?',
    'What do you want me to understand about your week that I might have missed?',
  ],
};

const PREFIX: Record<QuestionTheme, string> = {
  'pursue-withdraw': 'pw',
  repair: 'rp',
  bids: 'bd',
  appreciation: 'ap',
  stress: 'st',
  closeness: 'cl',
  general: 'gn',
};

export const QUESTIONS: readonly Question[] = QUESTION_THEMES.flatMap((theme) =>
  BANK[theme].map((text, i) => ({ id: `${PREFIX[theme]}-${i + 1}`, theme, text })),
);

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

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
