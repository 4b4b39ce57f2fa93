import { CATEGORY_NAMES } from '../schema/categories.ts';
import type { NewEntry } from './input.ts';

/** A frontmatter line and its comment; `null` for a blank line. */
type Line = [yaml: string, comment?: string];

/** The column at which comments start, so they read as a second column. */
const COMMENT_COLUMN = 34;

function render(lines: Line[]): string {
  return lines
    .map(([yaml, comment]) => (comment ? `${yaml.padEnd(COMMENT_COLUMN - 1)} # ${comment}` : yaml))
    .join('\n');
}

/**
 * The text of a new entry: every field the schema knows, each with a short comment. Required
 * fields are filled in (or hold a TODO placeholder, which the check accepts with a warning);
 * optional ones are commented out, with an example, so the editor uncomments what applies.
 * The entry starts as a draft, so a half-written entry never reaches the site.
 */
export function entryTemplate(entry: Pick<NewEntry, 'title' | 'date' | 'category' | 'added'>): string {
  const day = entry.date;
  const frontmatter = render([
    ['---'],
    ['# A new entry. Fill in each TODO, uncomment the fields that apply, then run: npm run check'],
    ['# Every field is explained in docs/EDITING.md.'],
    ['draft: true', 'shows in `npm run dev` only: delete this line to publish'],
    [`added: "${entry.added}"`, 'when it goes up on the site (now): set it to the time you publish'],
    [`title: ${JSON.stringify(entry.title)}`, 'the headline, in a few words'],
    ['summary: "TODO: one sentence"', 'for lists, feeds and link previews: at most 200 characters'],
    [`date: "${day}"`, 'in quotes: "2026", "2026-02" or "2026-02-25", as precise as known'],
    [`# end: "${day}"`, 'for spans: the last day (or month, or year)'],
    ['# certainty: reported', 'reported (default) | approximate | inferred'],
    ['# certaintyNote: "…"', 'needed unless reported: from what the date is worked out'],
    [`category: ${entry.category}`, CATEGORY_NAMES.join(' | ')],
    ['# actors: [foro-penal]', 'who took part: ids from content/actors.yaml'],
    ['# places: [caracas]', 'where: ids from content/places.yaml'],
    ['sources:', 'at least one; numbered 1, 2… on the page, in this order'],
    ['  - outlet: "TODO: outlet"', 'who published the report, e.g. Associated Press'],
    ['    # title: "…"', 'the headline of the report, when known'],
    ['    # url: https://…', 'https only; when there is none, say why in note'],
    [`    # published: "${day}"`, 'when the report was published, when known'],
    ['    # note: "…"', 'e.g. "Address not given in the copy used."'],
    ['# figures:', 'numbers the event reports, each one a claim'],
    ['#   - metric: releases-verified', 'what is counted: an id from content/metrics.yaml'],
    ['#     value: 109', 'the number, without separators: 3231, not 3,231'],
    ['#     qualifier: exact', 'exact (default) | more-than | at-least | nearly | about'],
    ['#     claimant: foro-penal', 'who claims it: an id from content/actors.yaml'],
    [`#     asOf: "${day}"`, 'the date the number describes'],
    ['#     note: "…"', 'what the number leaves out, if anything'],
    ['# image:', "a photo the site may show: beside the entry or in content/images/"],
    ['#   src: ./photo.jpg', 'the file: JPEG, PNG, WebP or AVIF, at most 10 MB'],
    ['#   alt: "…"', 'what the photo shows, for readers who cannot see it'],
    ['#   credit: "…"', 'who took it, and on what terms the site shows it'],
    ['#   caption: "…"', 'a line under the photo, if needed'],
    ['# importance: 1', '1 (default), 2 or 3: how prominent in overviews'],
    [`# updated: "${day}"`, 'the day the entry was last substantially updated'],
    ['# corrections:', 'after publication: a mistake is corrected, never silently edited away'],
    [`#   - date: "${day}"`, 'the day of the correction'],
    ['#     change: "…"', 'what was wrong and what it now says'],
    ['---'],
  ]);
  const body = [
    'TODO: write the entry. Say what happened, who says so ("according to the Associated Press") and what is not known.',
    '',
    '{/* Components you can use here without importing them (examples in docs/EDITING.md):',
    '  <Quote speaker="alfredo-romero" source={1}>the words, exactly as reported</Quote>',
    '  <Cite source={1} />   <FigureCallout index={1} />   <EditorNote>…</EditorNote>   <CountsChart topic="releases" />',
    'Delete this comment when you no longer need it. */}',
  ].join('\n');
  return `${frontmatter}\n\n${body}\n`;
}
