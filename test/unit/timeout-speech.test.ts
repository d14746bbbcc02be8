import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { timeoutsSentence, timeoutStrings } from '../../lambda/speech/en/timeout';
import { Ssml, toPlainText } from '../../lambda/speech/ssml';
import { languageProblems } from './week-language-rules';

/** Every sentence the time-out can say, filled with sample values. */
function everything(locale: (typeof SUPPORTED_LOCALES)[number]): string[] {
  const t = timeoutStrings(locale);
  const out: string[] = [];
  for (const value of Object.values(t)) {
    if (value instanceof Ssml) out.push(value.markup);
    else if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function' && value !== t.speech) {
      const result = (value as (...args: unknown[]) => unknown)('20', 'about 5 minutes');
      if (result instanceof Ssml) out.push(result.markup);
    }
  }
  return out;
}

describe('what the time-out says', () => {
  it.each(SUPPORTED_LOCALES)('in %s: no blame, no "calm down", no tallies', (locale) => {
    const said = everything(locale).map(toPlainText);

    expect(said.length).toBeGreaterThan(30);
    expect(said.filter((s) => /calm down/i.test(s))).toEqual([]);
    expect(said.flatMap((s) => languageProblems(s))).toEqual([]);
  });

  it('tells the week about time-outs as "we", whether or not we came back to talk', () => {
    expect(toPlainText(timeoutsSentence(1, 1, 'this week').markup)).toBe(
      'We took one time-out this week, and came back to talk after it.',
    );
    expect(toPlainText(timeoutsSentence(3, 3).markup)).toBe(
      'We took three time-outs, and came back to talk after each one.',
    );
    expect(toPlainText(timeoutsSentence(3, 2).markup)).toBe(
      'We took three time-outs, and came back to talk after two of them.',
    );
    expect(toPlainText(timeoutsSentence(1, 0).markup)).toMatch(
      /^We took one time-out when things got heated\./,
    );
    for (const [taken, back] of [
      [1, 0],
      [2, 1],
      [4, 4],
    ] as const) {
      expect(languageProblems(toPlainText(timeoutsSentence(taken, back).markup))).toEqual([]);
    }
  });

  it("keeps the breathing guide inside Alexa's limits: breaks of at most ten seconds, about a minute in all", () => {
    const { breathing } = timeoutStrings('en-US');
    const breaks = [...breathing.markup.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));

    expect(breathing.markup.length).toBeLessThan(8000);
    expect(Math.max(...breaks)).toBeLessThanOrEqual(10_000);
    expect(breaks.reduce((a, b) => a + b, 0)).toBe(50_000);
  });

  it('asks Alexa to "continue with Between Us" in the timer, never "carry on with" it', () => {
    const { timerConfirmText } = timeoutStrings('en-GB');

    expect(timerConfirmText).toBe('The break is over. Shall we {continueWithSkillName}?');
    expect(timerConfirmText).not.toMatch(/with \{continueWithSkillName\}/);
  });
});
