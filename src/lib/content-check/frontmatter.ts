/** The frontmatter of an MDX entry: the YAML between the opening and closing `---` lines. */
export interface SplitEntry {
  /** The YAML text, or null when the file has no frontmatter. */
  yaml: string | null;
  /** The file line on which the YAML starts. */
  yamlFirstLine: number;
  body: string;
}

/**
 * The same rule as Astro's own (@astrojs/internal-helpers): blank lines may come first, and the
 * closing `---` must start a line, so a title that ends in " ---" does not close the block.
 */
const FRONTMATTER = /^(\uFEFF?|\s*\n)---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): SplitEntry {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: null, yamlFirstLine: 1, body: text };
  const leadingLines = (match[1]!.match(/\n/g) ?? []).length;
  const yaml = (match[2] ?? '').replace(/\r?\n$/, '');
  return { yaml, yamlFirstLine: leadingLines + 2, body: text.slice(match[0].length) };
}
