import { createPaths } from '../lib/paths.ts';
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, LOCALES, strings, type Locale } from '../lib/i18n/strings.ts';

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

/** The edition of a page under /[lang]/, from its route parameter. */
export function editionOf(params: Record<string, string | undefined>): Edition {
  const { lang } = params;
  if (!isLocale(lang)) throw new Error(`No edition "${lang}" (expected one of ${LOCALES.join(', ')})`);
  return edition(lang);
}

/** getStaticPaths() for a page that exists once per edition: /es/…, /en/…. */
export function editionPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
