// The locale type is a domain fact (resources differ by locale); speech keeps this path for its callers.
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, supportedLocale, type Locale } from '../domain/locale';
