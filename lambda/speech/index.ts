import { commonStrings } from './en/common';
import { checkinStrings } from './en/checkin';
import { notesStrings } from './en/notes';
import { weekStrings } from './en/week';
import { safetyStrings } from './en/safety';
import { timeoutStrings } from './en/timeout';
import { SUPPORTED_LOCALES, type Locale } from './locale';

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
  };
}

export type Strings = ReturnType<typeof build>;

const byLocale = new Map<Locale, Strings>(SUPPORTED_LOCALES.map((l) => [l, build(l)]));

export function stringsFor(locale: Locale): Strings {
  return byLocale.get(locale) ?? build(locale);
}
