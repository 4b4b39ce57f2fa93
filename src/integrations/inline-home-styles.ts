import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../lib/i18n/strings.ts';
import { inlineStylesheets } from '../lib/inline-styles.ts';

/**
 * The home pages (/, /es/, /en/) carry their stylesheet inside them: the first screen a reader
 * meets is drawn as soon as its HTML arrives (on a slow phone connection, one round trip sooner),
 * and its CSP allows that style by its hash. Every other page links the one shared stylesheet,
 * fetched once and cached, which keeps thousands of event pages small.
 */
export function inlineHomeStyles(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline:inline-home-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const sheets = new Map<string, { css: string; hash: string }>();
        for (const page of ['index.html', ...LOCALES.map((locale) => `${locale}/index.html`)]) {
          const file = join(out, page);
          const html = await readFile(file, 'utf8');
          for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
            if (sheets.has(href!) || !href!.startsWith(base)) continue;
            const css = await readFile(join(out, href!.slice(base.length)), 'utf8');
            sheets.set(href!, { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` });
          }
          await writeFile(file, inlineStylesheets(html, sheets));
        }
        logger.info(`home pages: ${sheets.size} stylesheet(s) inlined`);
      },
    },
  };
}
