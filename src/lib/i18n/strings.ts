import { en } from './en.ts';
import { es } from './es.ts';
import type { UiStrings } from './ui-strings.ts';
export type { UiStrings } from './ui-strings.ts';
export { fill } from './fill.ts';

/**
 * Every interface string, in one place per language, so the Spanish edition is a second table
 * rather than a search through markup. Content (titles, summaries, bodies) lives in content/.
 */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Most of the people this story is about, and most of its readers, read Spanish: the root page is Spanish. */
export const DEFAULT_LOCALE: Locale = 'es';
/** The language the entries in content/events/ are written in (their sources are English-language reports). */
export const SOURCE_LOCALE: Locale = 'en';
/** The editions whose words come from content/<lang>/ translations. */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

/** The BCP 47 tag used for dates and numbers in each edition: Venezuelan Spanish writes 3.231. */
export const INTL_LOCALE: Record<Locale, string> = { es: 'es-VE', en: 'en-GB' };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export const STRINGS: Record<Locale, UiStrings> = { es, en };

export function strings(locale: Locale): UiStrings {
  return STRINGS[locale];
}
