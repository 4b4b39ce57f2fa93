import { problem, type ParsedEntry } from './entry.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';

/**
 * Warnings: things an editor should look at, which do not stop the build (`npm run check` still
 * exits 0). Each entry gets at most one warning per kind and field, so real content does not flood.
 */

/** Link previews (social cards, search results) cut a description at about 200 characters. */
export const SUMMARY_LIMIT = 200;

/** The placeholder `npm run new` writes where the editor has to write something. */
export const PLACEHOLDER = /\bTODO\b/;

function summaryWarnings(entry: ParsedEntry): Problem[] {
  const { summary } = entry.data;
  if (typeof summary !== 'string') return [];
  const length = [...summary.trim()].length;
  if (length <= SUMMARY_LIMIT) return [];
  return [
    problem('warning', entry.file, entry.source.lineOf(['summary']), 'summary', `is ${length} characters long, too long for link previews, which cut it off (expected at most ${SUMMARY_LIMIT} characters: one short sentence)`),
  ];
}

/** Every text value in the frontmatter that still holds the placeholder, with its path. */
function placeholdersIn(value: unknown, path: FieldPath = []): FieldPath[] {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, [...path, key]));
  }
  return [];
}

function placeholderWarnings(entry: ParsedEntry): Problem[] {
  const warnings = placeholdersIn(entry.data).map((path) =>
    problem('warning', entry.file, entry.source.lineOf(path), formatFieldPath(path), 'still has the TODO placeholder (expected your own text in place of "TODO: …")'),
  );
  const lines = entry.body.split('\n');
  const at = lines.findIndex((line) => PLACEHOLDER.test(line));
  if (at >= 0) {
    warnings.push(problem('warning', entry.file, entry.bodyFirstLine + at, 'body', 'still has the TODO placeholder (expected the text of the entry in place of "TODO: …")'));
  }
  return warnings;
}

/**
 * A source without url is allowed (many reports are read in print or from a wire copy), but the
 * reader should be told why there is no link: a source's `note` does that ("Publication date and
 * address not given in the copy used."), and silences this warning. Sources with neither get one
 * warning per entry, naming them all.
 */
function sourceUrlWarnings(entry: ParsedEntry): Problem[] {
  const { sources } = entry.data;
  if (!Array.isArray(sources)) return [];
  const unexplained = sources.flatMap((source: unknown, index) => {
    if (!source || typeof source !== 'object') return [];
    const { url, note } = source as Record<string, unknown>;
    return url === undefined && (typeof note !== 'string' || !note.trim()) ? [index] : [];
  });
  if (unexplained.length === 0) return [];
  const first = unexplained[0]!;
  const expected = 'expected url: https://… or, when the report has no address, a note saying so, such as note: "Address not given in the copy used."';
  if (unexplained.length === 1) {
    return [problem('warning', entry.file, entry.source.lineOf(['sources', first]), formatFieldPath(['sources', first]), `has no url and no note saying why (${expected})`)];
  }
  const numbers = unexplained.map((index) => index + 1);
  const list = `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return [problem('warning', entry.file, entry.source.lineOf(['sources', first]), 'sources', `${list} have no url and no note saying why (${expected})`)];
}

/** Every warning for one entry. */
export function entryWarnings(entry: ParsedEntry): Problem[] {
  return [...summaryWarnings(entry), ...placeholderWarnings(entry), ...sourceUrlWarnings(entry)];
}
