import { caracasIso } from '../caracas-time.ts';
import { closest } from '../content-check/zod-issues.ts';
import { DATE_FORMS, parsePartialDate } from '../dates.ts';
import { CATEGORIES, CATEGORY_NAMES, type Category } from '../schema/categories.ts';
import { entryFileName, isValidSlug, slugFromTitle } from './slug.ts';

/** What `npm run new` asks for, as typed (flags or answers). */
export interface NewEntryAnswers {
  date?: string;
  title?: string;
  category?: string;
  /** Optional: a slug of the editor's own instead of the one made from the title. */
  slug?: string;
}

export interface NewEntry {
  date: string;
  title: string;
  category: Category;
  slug: string;
  /** "2026-02-25-releases-continue.mdx" */
  fileName: string;
  /** When the entry was started, as Caracas reads it: "2026-02-25T10:15:00-04:00". */
  added: string;
}

/** The same rule as the schema's date field: a real date, only as precise as known. */
export function dateProblem(date: string | undefined): string | undefined {
  if (date === undefined || !date.trim()) return `date: is missing (expected a date written as ${DATE_FORMS}, e.g. --date 2026-02-25)`;
  const parsed = parsePartialDate(date.trim());
  return parsed.ok ? undefined : `date: ${parsed.problem} (expected a date written as ${DATE_FORMS}, e.g. --date 2026-02-25)`;
}

/** One of the fixed categories, as the schema's category field. */
export function categoryProblem(category: string | undefined): string | undefined {
  const expected = `expected one of ${CATEGORY_NAMES.join(', ')}`;
  if (category === undefined || !category.trim()) return `category: is missing (${expected})`;
  if (category.trim() in CATEGORIES) return undefined;
  const guess = closest(category.trim(), CATEGORY_NAMES);
  return `category: "${category}" is not a category (${guess ? `did you mean "${guess}"? ` : ''}${expected})`;
}

export function titleProblem(title: string | undefined): string | undefined {
  if (title === undefined || !title.trim()) return 'title: is missing (expected a short headline, e.g. --title "Foro Penal has verified 109 releases")';
  if (/[\r\n]/.test(title)) return 'title: runs over more than one line (expected a short headline on one line)';
  if (!slugFromTitle(title)) return `title: "${title}" has no letters or digits to make a file name from (expected a short headline in words)`;
  return undefined;
}

export function slugProblem(slug: string | undefined): string | undefined {
  if (slug === undefined || isValidSlug(slug)) return undefined;
  return `slug: "${slug}" is not a valid slug (expected lowercase letters, digits and hyphens, such as releases-continue)`;
}

/** Checks every answer at once, so the editor sees every problem in one go. `now` is the time the entry is started. */
export function checkNewEntry(answers: NewEntryAnswers, now: Date): { ok: true; entry: NewEntry } | { ok: false; problems: string[] } {
  const problems = [dateProblem(answers.date), titleProblem(answers.title), categoryProblem(answers.category), slugProblem(answers.slug)].filter(
    (problem): problem is string => problem !== undefined,
  );
  if (problems.length) return { ok: false, problems };
  const date = answers.date!.trim();
  const title = answers.title!.trim();
  const slug = answers.slug ?? slugFromTitle(title);
  // Whole seconds: the editor reads and may edit the time, and a fraction says nothing to anyone.
  const added = caracasIso(Math.floor(now.getTime() / 1000) * 1000);
  return { ok: true, entry: { date, title, category: answers.category!.trim() as Category, slug, fileName: entryFileName(date, slug), added } };
}
