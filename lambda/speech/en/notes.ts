import type { Locale } from '../locale';

/** Spoken text of the notes feature. */
export function notesStrings(_locale: Locale) {
  return {};
}
