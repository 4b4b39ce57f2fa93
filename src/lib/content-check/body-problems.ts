import { bodyIssues } from './body-rules.ts';
import { problem, type ParsedEntry } from './entry.ts';
import type { Problem } from './problem.ts';

/**
 * The body rules (body-rules.ts) applied to an entry, as problems at its file's lines; a body the
 * MDX parser cannot read is one problem, at the line where reading stopped. `slugs`: the events a
 * link to /events/<slug>/ may name.
 */
export function bodyProblems(entry: ParsedEntry, slugs: ReadonlySet<string>): Problem[] {
  if (!entry.tree.ok) {
    return [problem('error', entry.file, entry.tree.line, 'body', `cannot be read as MDX: ${entry.tree.message} (expected Markdown and the editor components; write a literal < or { as \\< or \\{)`)];
  }
  return bodyIssues(entry.tree.tree, { slugs }).map((issue) => problem('error', entry.file, issue.line, issue.field, issue.message));
}
