/** One thing wrong with the content, located for the editor who has to fix it. */
export interface Problem {
  /** Path from the project root, e.g. "content/events/2026-01-03-maduro-captured.mdx". */
  file: string;
  /** 1-based line in that file; 1 when the problem concerns the file as a whole. */
  line: number;
  /** The field, e.g. "date" or "figures[1].claimant"; "file" for the file as a whole. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
  severity: 'error' | 'warning';
}

export type FieldPath = readonly (string | number)[];

/** "figures[1].claimant": list positions are counted from 1, as an editor counts them. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${part}` : part;
  }
  return out || 'frontmatter';
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

/** `file:line: field: problem (expected …)`, one line per problem, as compilers print them. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${tag}${problem.field}: ${problem.message}`;
}

/** Every problem, then a one-line count, so an editor sees all there is to fix at once. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    errors.length
      ? `${plural(errors.length, 'error')} in ${plural(files, 'file')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}: fix them and run the command again.`
      : `Content OK${warnings ? ` (${plural(warnings, 'warning')})` : ''}.`,
  );
  return lines.join('\n');
}
