import { parsePartialDate, startOf, type PartialDate } from '../dates.ts';
import { problem, type ParsedEntry } from './entry.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';

/**
 * Rules that a single schema cannot see: across entries (two entries with one headline) and
 * against the calendar (a date that has not come yet). Both are errors.
 */

const normaliseTitle = (title: string) => title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Two entries with the same title (ignoring case and spacing): the later file, by path, is blamed. */
export function duplicateTitleProblems(entries: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) {
    const title = entry.data.title;
    if (typeof title !== 'string' || !title.trim()) continue;
    const key = normaliseTitle(title);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, entry.file);
      continue;
    }
    problems.push(
      problem('error', entry.file, entry.source.lineOf(['title']), 'title', `"${title.trim()}" is already the title of ${first} (expected a headline of its own, so readers can tell the two events apart in lists, feeds and search)`),
    );
  }
  return problems;
}

/** Every date field of an entry that records something that has happened, with its path. */
function datesOf(data: Record<string, unknown>): { path: FieldPath; value: string }[] {
  const dates: { path: FieldPath; value: string }[] = [];
  const add = (path: FieldPath, value: unknown) => {
    if (typeof value === 'string') dates.push({ path, value });
  };
  add(['date'], data.date);
  add(['end'], data.end);
  add(['updated'], data.updated);
  const each = (list: string, field: string) => {
    if (!Array.isArray(data[list])) return;
    (data[list] as unknown[]).forEach((item, index) => {
      if (item && typeof item === 'object') add([list, index, field], (item as Record<string, unknown>)[field]);
    });
  };
  each('figures', 'asOf');
  each('sources', 'published');
  each('corrections', 'date');
  return dates;
}

/**
 * A date after today, in a published entry: the timeline records what has happened. A draft may
 * carry a future date (an entry prepared ahead of a vote, say) until it is published.
 * A date counts as future when it starts after today: "2026-11" is not future on 22 November 2026.
 */
export function futureDateProblems(entry: ParsedEntry, today: PartialDate): Problem[] {
  if (entry.data.draft === true) return [];
  const problems: Problem[] = [];
  for (const { path, value } of datesOf(entry.data)) {
    const parsed = parsePartialDate(value);
    if (!parsed.ok || startOf(parsed.date) <= startOf(today)) continue;
    problems.push(
      problem(
        'error',
        entry.file,
        entry.source.lineOf(path),
        formatFieldPath(path),
        `"${value}" is after today, ${today.iso} (expected a date that has already come; to prepare an entry ahead of time, keep draft: true until then)`,
      ),
    );
  }
  return problems;
}
