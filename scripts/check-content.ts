// `npm run check:content`: validates every entry and data file without building the site.
// Prints every problem as `file:line: field: problem (expected …)` and exits 1 on any error;
// warnings are printed too, but alone they exit 0.
import { readContentFiles } from '../src/node/content-files.ts';
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';

// Now: a date after today, or an `added` time after now, is refused.
const problems = checkContent(await readContentFiles(), { now: new Date(), warnings: true });
console.log(formatReport(problems));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
