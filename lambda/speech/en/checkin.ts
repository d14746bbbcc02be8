import type { Locale } from '../locale';

/** Spoken text of the checkin feature. */
export function checkinStrings(_locale: Locale) {
  return {};
}
