import type { Locale } from '../locale';

/** Spoken text of the safety feature. */
export function safetyStrings(_locale: Locale) {
  return {};
}
