import type { Locale } from '../locale';

/** Spoken text of the week feature. */
export function weekStrings(_locale: Locale) {
  return {};
}
