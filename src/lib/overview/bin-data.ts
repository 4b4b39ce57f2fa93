import type { TimelineEvent } from '../model.ts';
import type { BinEvents } from './bin-follow.ts';
import { CATEGORY_NAMES, type Category } from '../schema/categories.ts';
import type { DensityLayout } from './density.ts';
import { countWords, type CountWords } from './strings.ts';
import type { ColumnScale } from './columns.ts';
import type { Locale } from '../i18n/strings.ts';

/**
 * What the overview's script needs to follow the reader and a filter through the density view's
 * bins: every event's slug, and its category as one base-36 digit, in reading order; how many
 * events each bin holds (its events follow one another in that order); the categories' names; the
 * columns' height scale; and the page's words for counting events.
 */
export interface OverviewBinData extends BinEvents {
  names: string[];
  scale: ColumnScale;
  words: CountWords;
}

export function overviewBinData(
  events: readonly TimelineEvent[],
  density: Pick<DensityLayout, 'bins' | 'columns'>,
  edition: { locale: Locale; t: { category: Record<Category, string> } },
): OverviewBinData {
  return {
    slugs: events.map((event) => event.slug),
    cat: events.map((event) => CATEGORY_NAMES.indexOf(event.category).toString(36)).join(''),
    n: density.bins.map((bin) => bin.count),
    names: CATEGORY_NAMES.map((category) => edition.t.category[category]),
    ids: [...CATEGORY_NAMES],
    scale: density.columns,
    words: countWords(edition.locale),
  };
}
