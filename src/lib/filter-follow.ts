
/**
 * What the charts and the map need to follow the timeline's filter (FILTER_EVENT): which of their
 * parts stay as they are and which are dimmed, and the words of their status line. Pure; the
 * scripts in src/client apply it to the server-drawn markup.
 */

/** A status line's three texts, for a known total: `some` has a `{shown}` to fill in. */
export interface FollowTexts {
  all: string;
  none: string;
  some: string;
}

/** The status line: empty while no filter is set, else how many of the parts the filter leaves. */
export function followStatus(shown: number, total: number, texts: FollowTexts | undefined, filtered: boolean): string {
  if (!filtered || !texts || total === 0) return '';
  if (shown >= total) return texts.all;
  if (shown === 0) return texts.none;
  return texts.some.replace('{shown}', String(shown));
}

/** Whether a part stays as it is: always while no filter is set (`allowed` null). */
export function kept(key: string | undefined, allowed: ReadonlySet<string> | null | undefined): boolean {
  return !allowed || (key !== undefined && allowed.has(key));
}

/** The slug in an event page's address ("/timeline/events/2026-02-24-x/" → "2026-02-24-x"). */
export function eventSlugOf(href: string | null | undefined): string | undefined {
  return href?.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1);
}
