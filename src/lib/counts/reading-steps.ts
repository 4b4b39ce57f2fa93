import { formatPartialDate, startOf } from '../dates.ts';
import type { Claim, TimelineEvent } from '../model.ts';
import { claimValue } from '../figures.ts';
import type { ChartWords } from './describe.ts';
import { RUNNING_SIDES, runningCounts } from './running.ts';
import type { CountSeries } from './series.ts';
import type { Side } from './sides.ts';

/** A running figure as the reading bar and the side panel show it: the value, then what, whose and when. */
export type FigureText = [value: string, detail: string];

/** [slug, index of the government figure's text, index of the NGO figure's text]; -1: no figure yet. */
export type ReadingStep = [slug: string, government: number, ngo: number];

/** Where the reading bar and the side panel start, as the page is sent: the first event's date and counts. */
export interface ReadingStart {
  date: string;
  government: FigureText | undefined;
  ngo: FigureText | undefined;
}

export interface ReadingSteps {
  /** Each distinct figure text once: every step points at them, so 2,000 events stay light. */
  texts: FigureText[];
  steps: ReadingStep[];
}

/**
 * What the page says at each event about the running counts, worked out at build time: the
 * browser only swaps the text. Short enough for a phone's bar: the value, then what it counts,
 * who (for an NGO, which one) and as of when.
 */
export function readingSteps(events: readonly TimelineEvent[], series: readonly CountSeries[], words: ChartWords): ReadingSteps {
  const shortDate = new Intl.DateTimeFormat(words.intl, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const asOf = (claim: Claim) => (claim.asOf.precision === 'day' ? shortDate.format(startOf(claim.asOf)) : formatPartialDate(claim.asOf, words.intl));
  const describe = (claim: Claim, side: Side): FigureText => [
    claimValue(claim, words),
    `${(claim.metric.short ?? claim.metric.label).toLowerCase()}${side === 'ngo' ? ` (${claim.claimant.name})` : ''}, ${asOf(claim)}`,
  ];
  const texts: FigureText[] = [];
  const textIndex = new Map<string, number>();
  const indexOf = (claim: Claim | undefined, side: Side) => {
    if (!claim) return -1;
    const text = describe(claim, side);
    const key = text.join('\n');
    if (!textIndex.has(key)) textIndex.set(key, texts.push(text) - 1);
    return textIndex.get(key)!;
  };
  const [government, ngo] = RUNNING_SIDES as [Side, Side];
  const steps = runningCounts(events, series).map(
    (step): ReadingStep => [step.slug, indexOf(step.figures[government], government), indexOf(step.figures[ngo], ngo)],
  );
  return { texts, steps };
}
