import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { ROOT } from './build.ts';

/** The real entries as an editor wrote them: slug and raw frontmatter, read straight from content/. */
export function readEntries(dir = join(ROOT, 'content/events')): { slug: string; data: Record<string, any> }[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      slug: name.split('/').pop()!.replace(/\.mdx$/, ''),
      data: parse(splitFrontmatter(readFileSync(join(dir, name), 'utf8')).yaml ?? '') as Record<string, any>,
    }))
    .filter((entry) => !entry.data.draft);
}
