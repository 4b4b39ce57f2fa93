import { HOME_TOPIC, timelineSeries } from '../lib/counts/series.ts';
import { readingSteps } from '../lib/counts/reading-steps.ts';
import { overviewBinData } from '../lib/overview/bin-data.ts';
import { chooseOverview } from '../lib/overview/view.ts';
import { overviewStrings } from '../lib/overview/strings.ts';
import { sentInParts } from '../lib/parts.ts';
import type { Edition } from './site.ts';
import { loadContent } from './content.ts';

/**
 * What the home page's scripts need of every event, beyond the cards. A short timeline carries it
 * in the page; a long one, sent in parts, has it fetched once the page is there
 * (timeline/reading.json, timeline/overview.json), so that the page's weight does not grow with the
 * number of events.
 */

/** The counts the home page follows, and the running counts at each event (the reading bar and panel). */
export async function storyData(edition: Edition) {
  const { timeline } = await loadContent(edition.locale);
  const series = timelineSeries(timeline, { topic: HOME_TOPIC });
  const steps = readingSteps(timeline.events, series, { intl: edition.intl, qualifier: edition.t.qualifier });
  return { timeline, series, steps, fetched: sentInParts(timeline.events.length) };
}

/** The overview's bins (its filter and its marker), when it draws the density view; else undefined. */
export async function overviewBins(edition: Edition) {
  const { timeline } = await loadContent(edition.locale);
  if (!timeline.events.length) return undefined;
  const view = chooseOverview(timeline.events, edition.intl, overviewStrings(edition.locale));
  return view.kind === 'density' ? overviewBinData(timeline.events, view.layout, edition) : undefined;
}
