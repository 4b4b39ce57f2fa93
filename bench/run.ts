// `npm run bench`: builds the site and prints what its pages cost a reader, against the budgets.
// A benchmark, not a test: figures are printed for comparison, and budgets are flagged, not asserted.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageWeight, type Weight } from './page-weight.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/.tmp/site');
const JS_BUDGET_GZIP = 25 * 1024;

function build(outDir: string, env: Record<string, string> = {}): number {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  return performance.now() - started;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const row = (name: string, weight: Weight, note = '') =>
  `| ${name.padEnd(32)} | ${kib(weight.raw).padStart(10)} | ${kib(weight.gzip).padStart(10)} | ${kib(weight.brotli).padStart(10)} | ${note}`;

const ms = build(OUT);
console.log(`\nReal content: built in ${(ms / 1000).toFixed(1)} s\n`);
console.log(`| ${'what'.padEnd(32)} | ${'raw'.padStart(10)} | ${'gzip'.padStart(10)} | ${'brotli'.padStart(10)} | budget`);
console.log(`|${'-'.repeat(34)}|${'-'.repeat(12)}|${'-'.repeat(12)}|${'-'.repeat(12)}|-------`);
for (const [name, page] of [
  ['home', 'index.html'],
  ['event page', 'events/2026-02-24-foro-penal-109-verified-releases/index.html'],
]) {
  const weight = pageWeight(OUT, page!);
  console.log(row(`${name}: HTML`, weight.html));
  console.log(row(`${name}: SVG inside the HTML`, weight.svg));
  console.log(row(`${name}: CSS`, weight.css));
  const jsOk = weight.js.gzip <= JS_BUDGET_GZIP;
  console.log(row(`${name}: JavaScript`, weight.js, `≤ ${kib(JS_BUDGET_GZIP)} gzip: ${jsOk ? 'ok' : 'OVER BUDGET'}`));
}
