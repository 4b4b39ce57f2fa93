import { HOME_TOPIC, timelineSeries } from '../lib/counts/series.ts';
import { readingSteps } from '../lib/counts/reading-steps.ts';
import { overviewBinData } from '../lib/overview/bin-data.ts';
import { chooseOverview } from '../lib/overview/view.ts';
import { overviewStrings } from '../lib/overview/strings.ts';
import { PART_SIZE } from '../lib/parts.ts';
import type { Edition } from './site.ts';
import { loadContent } from './content.ts';

/**
 * What the home page's scripts need of every event, beyond the cards: the running counts at each
 * event (the reading bar and panel) and the overview's bins (its filter and its marker). A short
 * timeline carries them in the page; a long one, sent in parts, has them fetched once the page is
 * there (timeline/reading.json, timeline/overview.json), so that the page's weight does not grow
 * with the number of events.
 */
export async function storyData(edition: Edition) {
  const { timeline } = await loadContent(edition.locale);
  const series = timelineSeries(timeline, { topic: HOME_TOPIC });
  const steps = readingSteps(timeline.events, series, { intl: edition.intl, qualifier: edition.t.qualifier });
  const view = timeline.events.length ? chooseOverview(timeline.events, edition.intl, overviewStrings(edition.locale)) : undefined;
  const bins = view?.kind === 'density' ? overviewBinData(timeline.events, view.layout, edition) : undefined;
  return { timeline, series, steps, bins, fetched: timeline.events.length > PART_SIZE };
}
