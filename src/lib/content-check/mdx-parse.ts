import { mdxToMdast } from 'satteri';
import type { BodyNode } from './mdx-tree.ts';

/**
 * An entry's body parsed by the parser that compiles it (Astro's MDX renders with Sätteri, with
 * GFM on), so the content check sees the tree the build will render, not a look-alike.
 */
export type ParsedBody = { ok: true; tree: BodyNode } | { ok: false; line: number; message: string };

/** `firstLine`: the file line the body starts on, so every node's line is the file's. */
export function parseMdxBody(body: string, firstLine = 1): ParsedBody {
  // Blank lines in front of the body keep the parser's line numbers equal to the file's.
  const source = '\n'.repeat(Math.max(0, firstLine - 1)) + body;
  try {
    return { ok: true, tree: mdxToMdast(source, { features: { gfm: true, frontmatter: false } }) as BodyNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    return { ok: false, line: at ? Number(at[1]) : firstLine, message: (at ? text.slice(at[0].length) : text).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '') };
  }
}
