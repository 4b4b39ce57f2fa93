/** The frontmatter of an MDX entry: the YAML between the opening and closing `---` lines. */
export interface SplitEntry {
  /** The YAML text, or null when the file has no frontmatter. */
  yaml: string | null;
  /** The file line on which the YAML starts. */
  yamlFirstLine: number;
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(text: string): SplitEntry {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: null, yamlFirstLine: 1, body: source };
  return { yaml: match[1]!, yamlFirstLine: 2, body: source.slice(match[0].length) };
}
