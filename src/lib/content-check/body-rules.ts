import { codeBlanked, lineAt } from './components.ts';
import { problem, type ParsedEntry } from './entry.ts';
import type { Problem } from './problem.ts';
import { closest } from './zod-issues.ts';

/**
 * What an entry's body must not do, whoever wrote it: run code in a reader's browser (a <script>,
 * an on…= handler, a javascript: address), or link to an event that does not exist. Editors are
 * trusted, but a pasted embed code or a renamed entry should be caught before readers see it.
 */
const SCRIPT = /<\s*script\b/gi;
const HANDLER = /<[A-Za-z][\w.-]*\b[^>]*?\s(on[a-z]+)\s*=/gi;
const JAVASCRIPT_URL = /(?:\]\(\s*|href\s*=\s*\{?\s*["'`]?\s*)(javascript:)/gi;
/** A link to an event page: Markdown [text](/events/slug/) or href="/events/slug/". */
const EVENT_LINK = /(?:\]\(\s*<?|href\s*=\s*\{?\s*["'`])\/events\/([^/)\s"'`#?>]+)\/?/g;

export function bodyProblems(entry: ParsedEntry, slugs: ReadonlySet<string>): Problem[] {
  const text = codeBlanked(entry.body);
  const at = (index: number) => lineAt(text, index, entry.bodyFirstLine);
  const problems: Problem[] = [];
  for (const match of text.matchAll(SCRIPT)) {
    problems.push(problem('error', entry.file, at(match.index), 'body', 'has a <script> element, which would run code in readers’ browsers (expected text, Markdown and the editor components of docs/EDITING.md; a chart is <CountsChart />)'));
  }
  for (const match of text.matchAll(HANDLER)) {
    problems.push(problem('error', entry.file, at(match.index), 'body', `has an event-handler attribute ${match[1]}=, which would run code in readers’ browsers (expected no on… attributes in an entry)`));
  }
  for (const match of text.matchAll(JAVASCRIPT_URL)) {
    problems.push(problem('error', entry.file, at(match.index), 'body', 'has a javascript: link, which would run code in readers’ browsers (expected an https:// address or a link to another event, /events/<slug>/)'));
  }
  for (const match of text.matchAll(EVENT_LINK)) {
    const slug = decodeURIComponent(match[1]!);
    if (slugs.has(slug)) continue;
    const guess = closest(slug, [...slugs]);
    problems.push(problem('error', entry.file, at(match.index), 'body', `links to /events/${slug}/, and there is no such event (${guess ? `did you mean /events/${guess}/? ` : ''}expected the file name of an entry in content/events, without .mdx)`));
  }
  return problems;
}
