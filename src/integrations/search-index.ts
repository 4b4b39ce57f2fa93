import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/i18n/strings.ts';

/**
 * Builds the full-text search index with Pagefind right after `astro build`: one bundle per
 * edition, in dist/pagefind/<lang>/, static files served by the site itself, so a search never
 * sends a reader's words to anyone. A bundle holds one language, so the search page's worker
 * (src/client/search-worker.ts), which has no page to read the language from, gets the right one.
 * Only event pages are indexed (they carry `data-pagefind-body`).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'timeline:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const counts: string[] = [];
        for (const lang of LOCALES) {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only the event pages carry `data-pagefind-body`, so only they are handed to Pagefind:
          // reading and parsing every other page (the home page and the facet pages are the
          // largest) only to find no body in them cost most of the indexing time. The glob keeps
          // each page's URL as it is under dist/ (/es/events/<slug>/).
          const added = await index.addDirectory({ path: outDir, glob: `${lang}/events/**/*.html` });
          if (added.errors.length) throw new Error(`Pagefind could not index the ${lang} edition: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind', lang) });
          if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
          await index.deleteIndex();
          counts.push(`${added.page_count} ${lang}`);
        }
        await pagefind.close();
        logger.info(`search index: ${counts.join(', ')} pages`);
      },
    },
  };
}
