import { createPaths } from '../lib/paths.ts';
import { DEFAULT_LOCALE, INTL_LOCALE, strings, type Locale } from '../lib/i18n/strings.ts';

/** Binds the pure helpers to this build's base path and an edition's locale. */
export function edition(locale: Locale = DEFAULT_LOCALE) {
  return {
    locale,
    intl: INTL_LOCALE[locale],
    t: strings(locale),
    paths: createPaths(import.meta.env.BASE_URL, locale),
  };
}

export type Edition = ReturnType<typeof edition>;
