import { commonStrings } from './en/common';
import { checkinStrings } from './en/checkin';
import { notesStrings } from './en/notes';
import { weekStrings } from './en/week';
import { safetyStrings } from './en/safety';
import { timeoutStrings } from './en/timeout';
import { helpStrings } from './en/help';
import { TIMER_PLAYS_AUDIBLE } from './en/timer';
import type { Locale } from './locale';

/**
 * All spoken text, one section per feature, built per locale. Nothing is spoken from
 * anywhere else: handlers pick sentences from here and fill in escaped values.
 */
function build(locale: Locale) {
  return {
    common: commonStrings(locale),
    checkin: checkinStrings(locale),
    notes: notesStrings(locale),
    week: weekStrings(locale),
    safety: safetyStrings(locale),
    timeout: timeoutStrings(locale),
    help: helpStrings(locale),
    /** How a skill timer ends, set with the words that describe it (en/timer.ts). */
    timerPlaysAudible: TIMER_PLAYS_AUDIBLE,
  };
}

export type Strings = ReturnType<typeof build>;

// Each locale's strings are built on its first request, not at module load: a cold start
// pays for the one locale it answers in, not for all five.
const byLocale = new Map<Locale, Strings>();

export function stringsFor(locale: Locale): Strings {
  let strings = byLocale.get(locale);
  if (!strings) {
    strings = build(locale);
    byLocale.set(locale, strings);
  }
  return strings;
}
