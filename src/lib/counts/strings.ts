import { formatNumber } from '../figures.ts';
import type { FollowTexts } from '../filter-follow.ts';
import type { Locale } from '../i18n/strings.ts';

/** The words the competing-counts chart adds while the timeline is filtered, in each edition's language. */
export interface CountsStrings {
  /** The chart's status line while the timeline is filtered; `{shown}` is filled in by the script. */
  filterStatus: (total: number) => FollowTexts;
  /** Added to the accessible name (and the tooltip) of a dimmed point. */
  pointOut: string;
  /** Shown on a dimmed row of "the gap". */
  rowOut: string;
}

const figures = (intl: string, one: string, many: string) => (count: number) => `${formatNumber(count, intl)} ${count === 1 ? one : many}`;

const COUNTS_STRINGS: Record<Locale, CountsStrings> = {
  en: {
    filterStatus: (total) => {
      const text = figures('en-GB', 'figure', 'figures')(total);
      return {
        all: `Showing all ${text}: the filter hides none of their events.`,
        none: `Showing none of the ${text}: the filter hides all their events (dimmed).`,
        some: `Showing {shown} of ${text}: the filter hides the rest (dimmed).`,
      };
    },
    pointOut: 'its event is hidden by the filter',
    rowOut: 'Its event is hidden by the filter.',
  },
  es: {
    filterStatus: (total) => {
      const text = figures('es-VE', 'cifra', 'cifras')(total);
      return {
        all: `Se muestran las ${text}: el filtro no oculta ninguno de sus hechos.`,
        none: `No se muestra ninguna de las ${text}: el filtro oculta todos sus hechos (atenuadas).`,
        some: `Se muestran {shown} de ${text}: el filtro oculta las demás (atenuadas).`,
      };
    },
    pointOut: 'el filtro oculta su hecho',
    rowOut: 'El filtro oculta su hecho.',
  },
};

export function countsStrings(locale: Locale): CountsStrings {
  return COUNTS_STRINGS[locale];
}
