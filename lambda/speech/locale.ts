// The locale is a domain fact (resources differ by locale); speech names its type from here.
export type { Locale } from '../domain/locale';
