import { idPattern } from '../schema/fields.ts';

/** Slugs longer than this are cut at a word boundary: the address stays short enough to read and share. */
export const SLUG_MAX = 60;

/**
 * The file-name part of a title: "Rodríguez signs the Amnesty Law" -> "rodriguez-signs-the-amnesty-law".
 * Accents are dropped, "3,231" becomes "3231", apostrophes vanish ("Foro Penal's" -> "foro-penals"),
 * and anything else that is not a letter or digit becomes one hyphen.
 */
export function slugFromTitle(title: string, max = SLUG_MAX): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The entry's file name: its date, then its slug, as the existing entries are named. */
export function entryFileName(date: string, slug: string): string {
  return `${date}-${slug}.mdx`;
}

export function isValidSlug(slug: string): boolean {
  return idPattern.test(slug);
}
