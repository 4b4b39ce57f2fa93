// `npm run check:content`: validates every entry and data file without building the site.
// Prints every problem as `file:line: field: problem (expected …)` and exits 1 on any error;
// warnings are printed too, but alone they exit 0.
import { readContentFiles } from '../src/build/content-files.ts';
import { checkContent, formatReport } from '../src/lib/content-check/index.ts';
import { todayUtc } from '../src/lib/dates.ts';

const problems = checkContent(await readContentFiles(), { today: todayUtc().iso, warnings: true });
console.log(formatReport(problems));
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
