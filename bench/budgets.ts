/** The size and speed budgets: flagged by `npm run bench`; the size ones also asserted by tests/build/page-weight.test.ts. */
const KIB = 1024;

export const BUDGET = {
  /** Build time per entry, ours ÷ a plain Astro blog of the same entries. */
  buildPerEntryVsPlain: 2,
  /** JavaScript a page loads, gzip. */
  jsGzip: 25 * KIB,
  /** The home page's HTML, gzip. */
  homeHtmlGzip: 100 * KIB,
  /** A filter at 2,000 entries, from the click to the frame that paints it. */
  filterMs: 50,
  /** Every interaction (filter, clear, next and previous event, the overview, search) with the CPU slowed 4×, as on a phone. */
  phoneMs: 100,
};
