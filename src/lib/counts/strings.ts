import type { FollowTexts } from '../filter-follow.ts';

/**
 * The English words the competing-counts chart adds while the timeline is filtered, kept here so
 * they can move into src/lib/i18n/strings.ts with the others later.
 */
export const countsStrings = {
  /** The chart's status line while the timeline is filtered; `{shown}` is filled in by the script. */
  filterStatus: (total: number): FollowTexts => ({
    all: `Showing all ${figuresText(total)}: the filter hides none of their events.`,
    none: `Showing none of the ${figuresText(total)}: the filter hides all their events (dimmed).`,
    some: `Showing {shown} of ${figuresText(total)}: the filter hides the rest (dimmed).`,
  }),
  /** Added to the accessible name (and the tooltip) of a dimmed point. */
  pointOut: 'its event is hidden by the filter',
  /** Shown on a dimmed row of "the gap". */
  rowOut: 'Its event is hidden by the filter.',
};

function figuresText(count: number): string {
  return `${new Intl.NumberFormat('en-GB').format(count)} figure${count === 1 ? '' : 's'}`;
}
