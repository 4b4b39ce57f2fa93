import type { ParsedBody } from './mdx-parse.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/** An entry whose frontmatter is readable YAML, as the rules across entries and the warnings see it. */
export interface ParsedEntry {
  /** Path from the project root. */
  file: string;
  slug: string;
  /** The frontmatter, raw (not validated): rules must tolerate any shape. */
  data: Record<string, unknown>;
  /** Where each frontmatter field is, for the line of a problem. */
  source: YamlSource;
  /** The MDX text after the frontmatter, and the file line it starts on. */
  body: string;
  bodyFirstLine: number;
  /** The body as the MDX compiler reads it, with file lines. */
  tree: ParsedBody;
}

export function problem(severity: Problem['severity'], file: string, line: number, field: string, message: string): Problem {
  return { file, line, field, message, severity };
}
