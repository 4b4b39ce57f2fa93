// The yardstick for the build budget: a plain Astro site over the same synthetic entries, with
// nothing of ours (no charts, facets, feeds, previews or search), generated in bench/.tmp/plain.
// It uses this repository's node_modules through a symlink, so both sites build with the same
// Astro, MDX integration and Node.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-timeline-bench', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  // Its own caches, so that it never shares the data store of the real site (node_modules is shared).
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  devToolbar: { enabled: false },
  prefetch: false,
});
`,
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'] }, null, 2),
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same folder of synthetic entries as the real build (CONTENT_DIR), the file name as the id.
const dir = process.env.CONTENT_DIR;
if (!dir) throw new Error('CONTENT_DIR is not set');

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: \`\${dir}/events\`, generateId: ({ entry }) => entry.replace(/\\.mdx$/, '').split('/').at(-1) }),
    // Just loose enough: the fields the pages show; the rest of the frontmatter is let through unchecked.
    schema: z.looseObject({ title: z.string(), summary: z.string(), date: z.string() }),
  }),
};
`,
  'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';

const entries = (await getCollection('events')).sort((a, b) => a.data.date.localeCompare(b.data.date));
---
<Page title="Timeline">
  <h1>Timeline</h1>
  <ol>
    {entries.map((entry) => (
      <li>
        <time datetime={entry.data.date}>{entry.data.date}</time>
        <h2><a href={\`/\${entry.id}/\`}>{entry.data.title}</a></h2>
        <p>{entry.data.summary}</p>
      </li>
    ))}
  </ol>
</Page>
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export async function getStaticPaths() {
  return (await getCollection('events')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}>
  <article>
    <h1>{entry.data.title}</h1>
    <p><time datetime={entry.data.date}>{entry.data.date}</time></p>
    <p>{entry.data.summary}</p>
    <Content />
  </article>
  <p><a href="/">All events</a></p>
</Page>
`,
};

/** Writes the plain site into `dir` (replacing what was there) and returns its root. */
export function generatePlainSite(dir: string, nodeModules: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  symlinkSync(relative(dir, nodeModules), join(dir, 'node_modules'));
  return dir;
}
