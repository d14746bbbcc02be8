import type { RecapFacts } from '../../lambda/domain/week/recap';
import { weekStrings } from '../../lambda/speech/en/week';
import { toPlainText } from '../../lambda/speech/ssml';
import { SUPPORTED_LOCALES } from '../../lambda/speech/locale';

import { languageProblems } from './week-language-rules';

const busy: RecapFacts = {
  firstWeek: false,
  focus: { theme: 'pursue_withdraw' },
  steps: ['pause before answering', 'say when I need a minute'],
  checkins: 2,
  checkinMinutes: 20,
  sharedPatternNotes: 3,
  appreciations: 6,
  goodThings: [{ ritual: 'walk', at: '2026-11-20T18:00:00Z' }],
  quiet: false,
};
const empty: RecapFacts = {
  ...busy,
  steps: [],
  checkins: 0,
  checkinMinutes: 0,
  sharedPatternNotes: 0,
  appreciations: 0,
  goodThings: [],
  quiet: true,
};
const noFocus: RecapFacts = { ...empty, focus: undefined };
const first: RecapFacts = { ...empty, firstWeek: true };

describe('the language of recaps and summaries', () => {
  it('catches the words and tallies it is meant to catch (the check can fail)', () => {
    expect(languageProblems("You didn't do your homework")).not.toEqual([]);
    expect(languageProblems('Sam did 3 check-ins and Alex did 1')).not.toEqual([]);
    expect(languageProblems('Alex wrote two notes')).not.toEqual([]);
    expect(languageProblems('We only had one check-in')).not.toEqual([]);
    expect(languageProblems('Last week our focus was repair. We had two check-ins together.')).toEqual([]);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`recaps busy, empty, unfocused and first weeks in "we" language, without blame (${locale})`, () => {
      const w = weekStrings(locale);
      for (const facts of [busy, empty, noFocus, first, { ...busy, thisWeekFocus: { text: 'kindness' } }]) {
        const text = toPlainText(w.recap(facts).speech.markup);
        expect(languageProblems(text)).toEqual([]);
        if (!facts.firstWeek) expect(text).toMatch(/\bwe\b/i);
      }
      expect(toPlainText(w.recap(empty).speech.markup)).toMatch(/easier/);
      expect(toPlainText(w.recap(first).speech.markup)).toMatch(/first week/);
    });

    it(`summarizes without blame (${locale})`, () => {
      const w = weekStrings(locale);
      const lines = [
        w.summaryIntro(4),
        w.summaryFocus(undefined),
        w.summaryFocus({ theme: 'bids_for_connection' }),
        w.summaryCheckins(1, 10),
        w.summaryAppreciations(0),
        w.summaryLittleWritten,
        w.summaryEnd,
      ].map((s) => toPlainText(s.markup));
      for (const line of lines) expect(languageProblems(line)).toEqual([]);
    });
  }
});
