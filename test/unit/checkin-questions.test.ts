import {
  pickPair,
  pickQuestion,
  QUESTIONS,
  QUESTION_THEMES,
  seededRandom,
  themeForFocus,
} from '../../lambda/domain/checkin/questions';
import { QUESTION_TEXT } from '../../lambda/speech/en/questions';

describe('the check-in question bank', () => {
  it('has at least eight distinct questions in every theme, with unique ids', () => {
    for (const theme of QUESTION_THEMES) {
      expect(QUESTIONS.filter((q) => q.theme === theme).length).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => QUESTION_TEXT[q.id])).size).toBe(QUESTIONS.length);
  });

  it('uses no blaming language', () => {
    for (const q of QUESTIONS)
      expect(QUESTION_TEXT[q.id]).not.toMatch(
        /\b(why didn't you|you never|you always|your fault|homework)\b/i,
      );
  });

  it('is deterministic with a seeded random', () => {
    const a = pickPair([], undefined, seededRandom(42)).map((q) => q.id);
    const b = pickPair([], undefined, seededRandom(42)).map((q) => q.id);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
  });

  it('never repeats a question from the recent check-ins, over many check-ins', () => {
    const random = seededRandom(1);
    let recent: string[][] = [];
    const history: string[][] = [];
    for (let i = 0; i < 60; i++) {
      const pair = pickPair(recent, 'repair', random).map((q) => q.id);
      expect(pair.filter((id) => recent.flat().includes(id))).toEqual([]);
      history.push(pair);
      recent = [pair, ...recent].slice(0, 8);
    }
    expect(new Set(history.flat()).size).toBeGreaterThan(20);
  });

  it('leans toward the focus theme but still varies', () => {
    const random = seededRandom(3);
    const themes = Array.from(
      { length: 200 },
      () => pickQuestion({ recent: [], focus: 'bids' }, random).theme,
    );
    const share = themes.filter((t) => t === 'bids').length / themes.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.9);
  });

  it('falls back to the least recently used question when every one was used lately', () => {
    const all = QUESTIONS.map((q) => q.id);
    const recent = [all.slice(0, 28), all.slice(28)];
    const q = pickQuestion({ recent, exclude: [all[28]!] }, seededRandom(5));
    expect(q.id).toBe(all[29]);
  });

  it('maps the week focus, in its ids or the couple own words, to a theme', () => {
    expect(themeForFocus('pursue_withdraw')).toBe('pursue-withdraw');
    expect(themeForFocus('repair_after_irritation')).toBe('repair');
    expect(themeForFocus('bids_for_connection')).toBe('bids');
    expect(themeForFocus('noticing when I withdraw')).toBe('pursue-withdraw');
    expect(themeForFocus('more appreciation')).toBe('appreciation');
    expect(themeForFocus('cooking dinner')).toBeUndefined();
    expect(themeForFocus(undefined)).toBeUndefined();
  });
});
