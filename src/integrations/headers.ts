import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile } from '../lib/headers.ts';
import { LOCALES } from '../lib/i18n/strings.ts';

/** Writes dist/_headers (security headers, framing and caching rules) from what the build wrote. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => `${entry.parentPath}/${entry.name}`.slice(out.length).replace(/^\/+/, ''));
        const rules = headerRules(base, files, LOCALES);
        await writeFile(`${out}/_headers`, headersFile(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
