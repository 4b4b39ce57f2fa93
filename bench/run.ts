// `npm run bench`: builds the site on the real content and on synthetic content of growing size,
// and prints what the pages cost a reader and how the browser copes, against the budgets.
// A benchmark, not a test: figures are printed for comparison, and budgets are flagged, not asserted.
// `npm run bench -- --sizes 100,1000,2000,5000` picks the synthetic sizes.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureInBrowser } from './browser-metrics.ts';
import { pageWeight, type Weight } from './page-weight.ts';
import { generateContent } from './synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench/.tmp');
const KIB = 1024;
const BUDGET = { jsGzip: 25 * KIB, homeHtmlGzipAt2000: 200 * KIB, filterMs: 50 };

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '100,1000,2000').split(',').map(Number);

function build(outDir: string, env: Record<string, string> = {}): { ms: number; peakMiB: number } {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  // GNU time reports the build's peak memory (maximum resident set size, KiB) on stderr.
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = run.stderr.toString();
  if (run.status !== 0) throw new Error(`astro build failed:\n${stderr}`);
  return { ms: performance.now() - started, peakMiB: Number(stderr.trim().split('\n').at(-1)) / 1024 };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
};
const weightCells = (weight: Weight) => [kib(weight.raw), kib(weight.gzip), kib(weight.brotli)];

// 1. The real content.
const realDist = join(TMP, 'site');
const real = build(realDist);
console.log(`\nReal content: built in ${(real.ms / 1000).toFixed(1)} s, peak memory ${real.peakMiB.toFixed(0)} MiB\n`);
const pageRows: string[][] = [];
for (const [name, page] of [
  ['home', 'index.html'],
  ['event page', 'events/2026-02-24-foro-penal-109-verified-releases/index.html'],
] as const) {
  const weight = pageWeight(realDist, page);
  pageRows.push([`${name}: HTML`, ...weightCells(weight.html), '']);
  pageRows.push([`${name}: SVG inside the HTML`, ...weightCells(weight.svg), '']);
  pageRows.push([`${name}: CSS`, ...weightCells(weight.css), '']);
  pageRows.push([`${name}: JavaScript`, ...weightCells(weight.js), `≤ ${kib(BUDGET.jsGzip)} gzip: ${weight.js.gzip <= BUDGET.jsGzip ? 'ok' : 'OVER'}`]);
}
table(['what', 'raw', 'gzip', 'brotli', 'budget'], pageRows);

// 2. Synthetic content of growing size.
const sizeRows: string[][] = [];
const browserRows: string[][] = [];
for (const count of SIZES) {
  const content = generateContent(TMP, join(ROOT, 'content'), count);
  const dist = join(TMP, `site-${count}`);
  const result = build(dist, { CONTENT_DIR: content });
  const home = pageWeight(dist, 'index.html');
  const htmlBudget = count === 2000 ? ` (≤ ${kib(BUDGET.homeHtmlGzipAt2000)}: ${home.html.gzip <= BUDGET.homeHtmlGzipAt2000 ? 'ok' : 'OVER'})` : '';
  sizeRows.push([
    String(count),
    `${(result.ms / 1000).toFixed(1)} s`,
    `${(result.ms / count).toFixed(1)} ms`,
    `${result.peakMiB.toFixed(0)} MiB`,
    kib(folderBytes(dist)),
    kib(home.html.raw),
    `${kib(home.html.gzip)}${htmlBudget}`,
    `${kib(home.js.gzip)} ${home.js.gzip <= BUDGET.jsGzip ? 'ok' : 'OVER'}`,
  ]);
  if (count === Math.max(...SIZES)) {
    const metrics = await measureInBrowser(dist);
    browserRows.push([
      String(count),
      `${metrics.filterMs.toFixed(1)} ms ${metrics.filterMs <= BUDGET.filterMs ? 'ok' : 'OVER'}`,
      `${metrics.clearMs.toFixed(1)} ms ${metrics.clearMs <= BUDGET.filterMs ? 'ok' : 'OVER'}`,
      `${metrics.scrollP95Ms.toFixed(1)} ms`,
      `${(metrics.slowFrames * 100).toFixed(1)} %`,
    ]);
  }
}
console.log('\nSynthetic content (generated in bench/.tmp, never in content/)\n');
table(['entries', 'build', 'per entry', 'peak memory', 'dist/', 'home HTML', 'home HTML gzip', 'home JS gzip (≤ 25 KiB)'], sizeRows);
console.log('\nIn Chromium (1280×900), the largest size\n');
table(['entries', `filter applied (≤ ${BUDGET.filterMs} ms)`, 'filter cleared', 'scroll frame p95', 'frames > 33 ms'], browserRows);
