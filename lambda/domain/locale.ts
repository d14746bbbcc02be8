/** The locales the skill speaks. A domain fact: resources, spelling and words differ by locale. */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** The request's locale when we speak it, otherwise American English. */
export function supportedLocale(requested: string | undefined): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(requested ?? '')
    ? (requested as Locale)
    : DEFAULT_LOCALE;
}
