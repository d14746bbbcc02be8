import type { RecapFacts } from '../../lambda/domain/week/recap';
import { weekStrings } from '../../lambda/speech/en/week';
import { toPlainText } from '../../lambda/speech/ssml';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';

import { languageProblems } from './week-language-rules';

const busy: RecapFacts = {
  firstWeek: false,
  focus: { theme: 'pursue_withdraw' },
  steps: ['pause before answering', 'say when I need a minute'],
  checkins: 2,
  checkinMinutes: 20,
  sharedNotes: { byKind: { pattern: 3 }, fromBoth: true },
  appreciations: 6,
  goodThings: [{ ritual: 'walk', at: '2026-11-20T18:00:00Z' }],
  timeouts: { taken: 2, cameBack: 1 },
  quiet: false,
};
const empty: RecapFacts = {
  ...busy,
  steps: [],
  checkins: 0,
  checkinMinutes: 0,
  sharedNotes: { byKind: {}, fromBoth: false },
  appreciations: 0,
  goodThings: [],
  timeouts: { taken: 0, cameBack: 0 },
  quiet: true,
};
const oneShared: RecapFacts = { ...busy, sharedNotes: { byKind: { quick: 1 }, fromBoth: false } };
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
      for (const facts of [
        busy,
        oneShared,
        empty,
        noFocus,
        first,
        { ...busy, thisWeekFocus: { text: 'kindness' } },
      ]) {
        const text = toPlainText(w.recap(facts).speech.markup);
        expect(languageProblems(text)).toEqual([]);
        if (!facts.firstWeek) expect(text).toMatch(/\bwe\b/i);
      }
      expect(toPlainText(w.recap(empty).speech.markup)).toMatch(/easier/);
      expect(toPlainText(w.recap(first).speech.markup)).toMatch(/first week/);
    });

    it(`counts shared notes by what they are, "with each other" only when both shared (${locale})`, () => {
      const w = weekStrings(locale);
      const one = toPlainText(w.recap(oneShared).speech.markup);
      const both = toPlainText(w.recap(busy).speech.markup);
      const mixed = toPlainText(
        w.recap({ ...busy, sharedNotes: { byKind: { pattern: 1, quick: 2 }, fromBoth: false } }).speech
          .markup,
      );
      expect(one).toMatch(/We had one shared quick note\./);
      expect(one).not.toMatch(/with each other|pattern note/);
      expect(both).toMatch(/We shared three pattern notes with each other\./);
      expect(mixed).toMatch(/We had one shared pattern note and two shared quick notes\./);
      expect(mixed).not.toMatch(/with each other/);
    });

    it(`reads a note's parts as Alexa: "What Alex felt" to the other partner, "What you felt" to the author (${locale})`, () => {
      const w = weekStrings(locale);
      const toSam = ['moment', 'felt', 'tried', 'stuck', 'help', 'self', 'ourpattern', 'support'].map((p) =>
        toPlainText(w.summaryPart(p, 'scared', 'Alex').markup),
      );
      const toAlex = ['felt', 'tried', 'help'].map((p) => toPlainText(w.summaryPart(p, 'scared').markup));
      expect(toSam[1]).toBe('What Alex felt: scared.');
      expect(toSam[2]).toBe('What Alex tried: scared.');
      expect(toSam[4]).toBe('What Alex wants help with next time: scared.');
      for (const line of toSam) {
        expect(line).toMatch(/Alex/);
        expect(line).not.toMatch(/\b(I|my|me|our)\b/);
        expect(languageProblems(line)).toEqual([]);
      }
      expect(toAlex).toEqual([
        'What you felt: scared.',
        'What you tried: scared.',
        'What you want help with next time: scared.',
      ]);
      expect(toPlainText(w.summaryPart('happened', 'the dishes', 'Alex').markup)).toBe(
        'What happened: the dishes.',
      );
    });

    it(`speaks the couple's own words for a focus and a good thing, escaped (${locale})`, () => {
      const w = weekStrings(locale);
      const focus = w.focusSet({ theme: 'bids_for_connection', text: 'turning toward bids & <sighs>' });
      const thing = w.goodThingSaved({
        ritual: 'meal',
        text: 'a movie after dinner',
        at: '2026-11-20T18:00:00Z',
      });
      expect(focus.markup).toContain('turning toward bids &amp; &lt;sighs&gt;');
      expect(focus.markup).not.toMatch(/noticing bids for connection/);
      expect(toPlainText(thing.markup)).toMatch(/a movie after dinner\./);
      expect(toPlainText(thing.markup)).not.toMatch(/problem-solving/);
      expect(toPlainText(w.goodThingWords({ ritual: 'walk', at: 'x' }).markup)).toBe('a walk together');
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
