import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../lib/content-check/index.ts';
import { readContentFiles } from '../node/content-files.ts';

/**
 * Runs the content check before Astro loads any entry, so a bad entry stops the build with every
 * problem listed as `file:line: field: problem (expected …)` rather than with the first one only.
 * In dev the problems are printed and the server keeps running, so an editor can fix and save.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'timeline:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = checkContent(await readContentFiles(fileURLToPath(config.root)));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        const failed = problems.some((problem) => problem.severity === 'error');
        if (!failed || command === 'dev') {
          (failed ? logger.error : logger.warn).call(logger, `\n${report}`);
          return;
        }
        const error = new Error(`The content has problems:\n${report}`);
        error.name = 'ContentError';
        // The report says everything; a stack trace into this integration would only bury it.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
