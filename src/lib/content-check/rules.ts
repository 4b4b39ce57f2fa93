import { caracasIso } from '../caracas-time.ts';
import { parsePartialDate, startOf, type PartialDate } from '../dates.ts';
import { looksLikeInstant, parseInstant } from '../instants.ts';
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
  // A correction's date and time is an instant, judged against now by futureInstantProblems().
  return dates.filter(({ value }) => !looksLikeInstant(value));
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

/** Every field of an entry that holds an instant (a date and a time): when it went up, and when each correction was made. */
function instantsOf(data: Record<string, unknown>): { path: FieldPath; value: string }[] {
  const instants: { path: FieldPath; value: string }[] = [];
  if (typeof data.added === 'string') instants.push({ path: ['added'], value: data.added });
  if (Array.isArray(data.corrections)) {
    data.corrections.forEach((correction: unknown, index) => {
      const date = correction && typeof correction === 'object' ? (correction as Record<string, unknown>).date : undefined;
      if (typeof date === 'string' && looksLikeInstant(date)) instants.push({ path: ['corrections', index, 'date'], value: date });
    });
  }
  return instants;
}

/**
 * An entry that says it went up, or was corrected, after now: a clock or an offset written wrong
 * (-04:00 is Caracas; +04:00 is eight hours later). Readers would be told of it as new only once
 * that time has passed. A draft may carry a time ahead, as it may a date, until it is published.
 */
export function futureInstantProblems(entry: ParsedEntry, now: number): Problem[] {
  if (entry.data.draft === true) return [];
  return instantsOf(entry.data).flatMap(({ path, value }) => {
    const parsed = parseInstant(value);
    if (!parsed.ok || parsed.instant.ms <= now) return [];
    return [
      problem(
        'error',
        entry.file,
        entry.source.lineOf(path),
        formatFieldPath(path),
        `"${value}" is after now, ${caracasIso(now)} in Caracas (expected a time that has already come: check the clock and the offset, -04:00 for Caracas; to prepare an entry ahead of time, keep draft: true until then)`,
      ),
    ];
  });
}
