// `npm run bench`: the project's performance record, in one run. It builds the site on the real
// content and on synthetic content of growing size (cold: preview images drawn anew; warm: the
// same content again with the preview cache kept), builds a plain Astro site over the same entries
// as the yardstick, and prints build times, memory, page weights, where the build time goes,
// how the browser copes at 2,000 entries and Lighthouse's scores, against the budgets.
// A benchmark, not a test: figures are printed for comparison, and budgets are flagged, not asserted.
//
//   npm run bench -- --sizes 100,1000,5000   synthetic sizes (default 100,1000,5000)
//                    --browser-size 2000     size measured in Chromium (built too if not in --sizes)
//                    --skip plain,browser,phone,lighthouse,desktop   leave parts out
//                    (phone: the browser's figures again with the CPU slowed 4×)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { readContentFiles } from '../src/node/content-files.ts';
import { checkContent } from '../src/lib/content-check/index.ts';
import { measureInBrowser, type BrowserMetrics, type ScrollMetrics, type Timed } from './browser-metrics.ts';
import { CATEGORIES, runLighthouse } from './lighthouse.ts';
import { htmlComposition, pageWeight, type Weight } from './page-weight.ts';
import { generatePlainSite } from './plain-site.ts';
import { generateContent } from './synthetic.ts';
import { BUDGET } from './budgets.ts';

const benchStarted = performance.now();
const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench/.tmp');
const LOGS = join(TMP, 'logs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Where src/node/preview-image.ts keeps the preview PNGs (under the working directory of the build). */
const PREVIEW_CACHE = join(ROOT, 'node_modules/.cache/timeline-previews');
/** What our `npm run build` sets before `astro build` (its `NAME=value` words): ours is built as an editor builds it. */
const OUR_BUILD_ENV: Record<string, string> = Object.fromEntries(
  [...(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(/\bastro build\b/)[0]!.matchAll(/([A-Z_]+)=(\S+)/g)].map(
    ([, name, value]) => [name!, value!],
  ),
);
const KIB = 1024;
/** How much slower a phone's CPU is taken to be than this machine's, as in Lighthouse's mobile run. */
const PHONE_SLOWDOWN = 4;
// The Spanish edition, which the bare address serves too.
const EVENT_PAGE = 'es/events/2026-02-24-foro-penal-109-verified-releases/';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const SIZES = (flag('sizes') ?? '100,1000,5000').split(',').map(Number).sort((a, b) => a - b);
const BROWSER_SIZE = Number(flag('browser-size') ?? 2000);
const SKIP = new Set((flag('skip') ?? '').split(',').filter(Boolean));

const progress = (message: string) => process.stderr.write(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Builds: wall and CPU time, peak memory, and the phases as Astro's log shows them as it goes.

interface Build {
  wallMs: number;
  /** User + system time of the build and the processes it waited for. */
  cpuMs: number;
  /** Largest resident set of the build's processes (GNU time's maximum RSS). */
  peakMiB: number;
  distBytes: number;
  /** dist/ by folder (see distComposition). */
  distParts: [string, number][];
  /** Preview PNGs drawn (files added to the cache) during the build. */
  previewsDrawn: number;
  /** Consecutive phases, ms from the arrival of one log line to the next marker's. */
  phases: [string, number][];
  /** The largest memory of the build's processes together (resident, sampled every 200 ms) in each phase, MiB. */
  phasePeaks: [string, number][];
  /** Page rendering time summed per kind of page, from Astro's `(+N ms)` per route. */
  groups: Map<string, { count: number; ms: number }>;
}

/** Astro's log lines that start a phase, in order; a phase runs until the next marker found. */
const MARKERS: [string, RegExp][] = [
  ['start-up, config, content check', /\[content\] Syncing content/],
  ['content sync, types, build info', /Building static entrypoints/],
  ['Vite bundling (server + client)', /generating static routes/],
  ['rendering pages (sum by kind below)', /^(?!.*\[build\]).*✓ Completed in/],
  ['Astro after the pages', /\[build\] ✓ Completed in/],
  ['Pagefind search index (build:done)', /\[timeline:search-index\]/],
  ['sitemap (build:done)', /\[@astrojs\/sitemap\]/],
];
const LAST_PHASE = 'end of build, exit';

function groupOf(path: string): string {
  // Each edition's pages (/es/…, /en/…) count with their kind.
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'es' || parts[0] === 'en') parts.shift();
  const first = parts[0] ?? 'index.html';
  if (first === 'previews') return 'link-preview images';
  if (first === 'events' || /^\d{4}-/.test(first)) return 'event pages';
  if (['categories', 'actors', 'places'].includes(first)) return 'facet pages';
  if (first === 'index.html') return 'home page';
  if (first === 'embed') return 'embeds';
  if (first === 'timeline') return 'further parts of the timeline';
  if (first.startsWith('feed') || first === 'data') return 'feeds, open data';
  return 'other pages';
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
/** What dist/ is made of: its top folders, and inside an edition's folder each of its own, by bytes. */
function distComposition(dir: string): Map<string, number> {
  const parts = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1).split('/');
    const key = ['es', 'en'].includes(path[0]!) && path.length > 2 ? `${path[0]}/${path[1]}` : path.length > 1 ? path[0]! : '(files at the top)';
    parts.set(key, (parts.get(key) ?? 0) + statSync(join(entry.parentPath, entry.name)).size);
  }
  return parts;
}
const cachedPreviews = () => (existsSync(PREVIEW_CACHE) ? readdirSync(PREVIEW_CACHE).filter((name) => name.endsWith('.png')).length : 0);

async function build(label: string, cwd: string, outDir: string, env: Record<string, string> = {}): Promise<Build> {
  progress(`building ${label}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(LOGS, { recursive: true });
  const timeFile = join(LOGS, `${label}.time`);
  const previewsBefore = cachedPreviews();
  const started = performance.now();
  // GNU time writes wall, user and system seconds and the peak memory (maximum RSS, KiB) to a file.
  const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, ASTRO, 'build', '--force', '--outDir', outDir], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: { t: number; text: string }[] = [];
  const samples: { t: number; kib: number }[] = [];
  const sampler = setInterval(() => samples.push({ t: performance.now() - started, kib: treeRssKib(child.pid!) }), 200);
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (line) => lines.push({ t: performance.now() - started, text: line.replace(/\x1b\[[0-9;]*m/g, '') }));
  collect(child.stdout!);
  collect(child.stderr!);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  writeFileSync(join(LOGS, `${label}.log`), lines.map((line) => `${(line.t / 1000).toFixed(3).padStart(8)}  ${line.text}`).join('\n'));
  if (status !== 0) throw new Error(`astro build (${label}) failed, see bench/.tmp/logs/${label}.log:\n${lines.slice(-30).map((l) => l.text).join('\n')}`);
  const [, user, system, maxRss] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);

  const groups = new Map<string, { count: number; ms: number }>();
  for (const { text } of lines) {
    const route = /[├└]─\s+(\/\S*)\s+\(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!route) continue;
    const group = groupOf(route[1]!);
    const entry = groups.get(group) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += Number(route[2]) * (route[3] === 's' ? 1000 : 1);
    groups.set(group, entry);
  }
  return {
    wallMs,
    cpuMs: (user! + system!) * 1000,
    peakMiB: maxRss! / 1024,
    distBytes: folderBytes(outDir),
    distParts: [...distComposition(outDir)].sort((a, b) => b[1] - a[1]),
    previewsDrawn: cachedPreviews() - previewsBefore,
    phases: phaseSpans(lines, wallMs).map(({ phase, start, end }) => [phase, end - start]),
    phasePeaks: phaseSpans(lines, wallMs).map(({ phase, start, end }) => [
      phase,
      Math.max(0, ...samples.filter((sample) => sample.t >= start && sample.t < end).map((sample) => sample.kib)) / KIB,
    ]),
    groups,
  };
}

/** The resident memory of a process and all its descendants, KiB (from /proc; 0 once it has ended). */
function treeRssKib(pid: number): number {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return rss + children.reduce((sum, child) => sum + treeRssKib(child), 0);
  } catch {
    return 0;
  }
}

/** The spans between consecutive markers, each named after the phase it covers. */
function phaseSpans(lines: { t: number; text: string }[], wallMs: number): { phase: string; start: number; end: number }[] {
  const found: { phase: string; t: number }[] = [];
  let from = 0;
  for (const [phase, marker] of MARKERS) {
    const index = lines.findIndex((line, i) => i >= from && marker.test(line.text));
    if (index < 0) continue;
    found.push({ phase, t: lines[index]!.t });
    from = index + 1;
  }
  // Each marker ends the phase named beside it ("Syncing content" ends the start-up, and so on).
  const spans: { phase: string; start: number; end: number }[] = [];
  let at = 0;
  for (const { phase, t } of found) {
    spans.push({ phase, start: at, end: t });
    at = t;
  }
  spans.push({ phase: LAST_PHASE, start: at, end: wallMs });
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Printing.

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / KIB / KIB).toFixed(1)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msf = (ms: number) => `${ms.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell = '', i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
};
const heading = (text: string) => console.log(`\n## ${text}\n`);
const weightCells = (weight: Weight) => [kib(weight.raw), kib(weight.gzip), kib(weight.brotli)];

console.log(`# npm run bench: ${new Date().toISOString()}`);
console.log(`Node ${process.version}, ${cpus().length} cores, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`Synthetic sizes ${SIZES.join(', ')}; browser at ${BROWSER_SIZE}; skipped: ${[...SKIP].join(', ') || 'nothing'}`);
console.log(`Ours is built with what npm run build sets: ${Object.entries(OUR_BUILD_ENV).map(([name, value]) => `${name}=${value}`).join(' ') || 'nothing'}; plain Astro with nothing`);

// ---------------------------------------------------------------------------------------------
// 1. The real content, then Lighthouse on it.

const realDist = join(TMP, 'site');
const real = await build('real', ROOT, realDist, OUR_BUILD_ENV);
heading('Real content');
console.log(`Built in ${sec(real.wallMs)} (CPU ${sec(real.cpuMs)}), peak memory ${real.peakMiB.toFixed(0)} MiB, dist/ ${mib(real.distBytes)}\n`);
const pageRows: string[][] = [];
for (const [name, page] of [
  ['home', 'index.html'],
  ['event page', `${EVENT_PAGE}index.html`],
] as const) {
  const weight = pageWeight(realDist, page);
  pageRows.push([`${name}: HTML`, ...weightCells(weight.html), name === 'home' ? `≤ ${kib(BUDGET.homeHtmlGzip)} gzip: ${ok(weight.html.gzip <= BUDGET.homeHtmlGzip)}` : '']);
  pageRows.push([`${name}: SVG inside the HTML`, ...weightCells(weight.svg), '']);
  pageRows.push([`${name}: CSS`, ...weightCells(weight.css), '']);
  pageRows.push([`${name}: JavaScript`, ...weightCells(weight.js), `≤ ${kib(BUDGET.jsGzip)} gzip: ${ok(weight.js.gzip <= BUDGET.jsGzip)}`]);
}
table(['what', 'raw', 'gzip', 'brotli', 'budget'], pageRows);

interface Results {
  real: Build;
  sizes: Record<
    number,
    { cold?: Build; warm?: Build; plain?: Build; weights: Record<string, ReturnType<typeof pageWeight>>; composition?: ReturnType<typeof htmlComposition>; contentCheckMs?: number }
  >;
  browser?: BrowserMetrics;
  /** The same, with the page's CPU slowed PHONE_SLOWDOWN times. */
  phone?: BrowserMetrics;
  /** The 1-minute load average as the browser measurements began. */
  browserLoad?: number;
  lighthouse?: Awaited<ReturnType<typeof runLighthouse>>;
}
const results: Results = { real, sizes: {} };

if (!SKIP.has('lighthouse')) {
  progress('Lighthouse on the real site');
  const runs = await runLighthouse(realDist, ['', EVENT_PAGE], SKIP.has('desktop') ? ['mobile'] : ['mobile', 'desktop']);
  results.lighthouse = runs;
  heading('Lighthouse (real content; mobile = default config, desktop = desktop config; Chromium resolves no host name, only 127.0.0.1 is reached)');
  table(
    ['page', 'form factor', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'requests to other hosts', 'run'],
    runs.map((run) => [
      run.page ? `/${run.page}` : '/ (home)',
      run.formFactor,
      ...CATEGORIES.map((category) => (run.scores[category] === null ? '–' : String(Math.round(run.scores[category]! * 100)))),
      sec(run.metrics.fcp),
      sec(run.metrics.lcp),
      msf(run.metrics.tbt),
      run.metrics.cls.toFixed(3),
      String(run.foreignRequests.length),
      sec(run.ms),
    ]),
  );
  console.log('\nAudits below 1, per category (score; what was measured):');
  for (const run of runs) {
    console.log(`\n${run.page ? `/${run.page}` : '/ (home)'}, ${run.formFactor}:`);
    for (const category of CATEGORIES) {
      const failing = run.failing[category];
      console.log(`  ${category}: ${failing.length === 0 ? 'none' : ''}`);
      for (const audit of failing) {
        console.log(`    - ${audit.title} [${audit.id}] (${audit.score.toFixed(2)}${audit.displayValue ? `; ${audit.displayValue}` : ''})`);
        for (const item of audit.items.slice(0, 8)) console.log(`        ${item.replace(/\s+/g, ' ').slice(0, 220)}`);
        if (audit.items.length > 8) console.log(`        … and ${audit.items.length - 8} more`);
      }
    }
    for (const warning of run.warnings) console.log(`  warning: ${warning}`);
    for (const url of run.foreignRequests) console.log(`  request to another host: ${url}`);
  }
  console.log(
    '\nNote: the local server (tests/support/static-server.ts) compresses text (gzip) as static hosts do, but sends no Cache-Control, which alone fails\n' +
      '"Use efficient cache lifetimes" and part of "Document request latency"; a real static host may pass them.',
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Synthetic content: our site cold and warm, and the plain site, size by size. The browser size,
//    if not among them, is built last: the entries of a smaller size are the first ones of a larger
//    one, so after the largest size its previews are all in the cache.

const plainRoot = SKIP.has('plain') ? '' : generatePlainSite(join(TMP, 'plain'), join(ROOT, 'node_modules'));
const runSizes = [...SIZES, ...(SIZES.includes(BROWSER_SIZE) || SKIP.has('browser') ? [] : [BROWSER_SIZE])];
for (const count of runSizes) {
  const browserOnly = !SIZES.includes(count);
  const content = generateContent(TMP, join(ROOT, 'content'), count);
  const env = { CONTENT_DIR: content };
  const entry: Results['sizes'][number] = { weights: {} };
  results.sizes[count] = entry;
  const dist = join(TMP, `site-${count}`);
  if (!browserOnly) {
    rmSync(PREVIEW_CACHE, { recursive: true, force: true });
    entry.cold = await build(`ours-${count}-cold`, ROOT, dist, { ...OUR_BUILD_ENV, ...env });
  }
  entry.warm = await build(`ours-${count}-warm`, ROOT, dist, { ...OUR_BUILD_ENV, ...env });
  entry.weights.ours = pageWeight(dist, 'index.html');
  entry.composition = htmlComposition(dist, 'index.html');
  if (plainRoot && !browserOnly) {
    const plainDist = join(TMP, `plain-${count}`);
    entry.plain = await build(`plain-${count}`, plainRoot, plainDist, env);
    entry.weights.plain = pageWeight(plainDist, 'index.html');
  }
  // The content check alone, in this process, to tell it apart in the start-up phase.
  process.env.CONTENT_DIR = content;
  const checkStarted = performance.now();
  checkContent(await readContentFiles(ROOT));
  entry.contentCheckMs = performance.now() - checkStarted;
  delete process.env.CONTENT_DIR;
  if (count === BROWSER_SIZE && !SKIP.has('browser')) {
    // Timings of tens of ms, on a machine that has just built thousands of pages: let it calm down.
    results.browserLoad = await quietMachine();
    progress(`Chromium over ${count} entries (load average ${results.browserLoad.toFixed(2)})`);
    results.browser = await measureInBrowser(dist);
    if (!SKIP.has('phone')) {
      progress(`Chromium over ${count} entries, CPU slowed ${PHONE_SLOWDOWN}×`);
      results.phone = await measureInBrowser(dist, PHONE_SLOWDOWN);
    }
  }
}

/** Waits (a minute at most) until the 1-minute load average is under 1; returns it. */
async function quietMachine(): Promise<number> {
  const until = performance.now() + 60_000;
  while (loadavg()[0]! >= 1 && performance.now() < until) await new Promise((done) => setTimeout(done, 2000));
  return loadavg()[0]!;
}

const sizeLabel = (count: number) => (SIZES.includes(count) ? String(count) : `${count} (browser only)`);
heading('Synthetic content: builds (generated in bench/.tmp, never in content/; every build with --force)');
console.log('cold = preview cache emptied first; warm = same content again, preview cache kept; plain = bench/.tmp/plain\n');
const buildRows: string[][] = [];
for (const count of runSizes) {
  const entry = results.sizes[count]!;
  for (const [kind, result] of [
    ['ours cold', entry.cold],
    ['ours warm', entry.warm],
    ['plain Astro', entry.plain],
  ] as const) {
    if (!result) continue;
    buildRows.push([
      sizeLabel(count),
      kind,
      sec(result.wallMs),
      msf(result.wallMs / count),
      sec(result.cpuMs),
      msf(result.cpuMs / count),
      `${result.peakMiB.toFixed(0)} MiB`,
      mib(result.distBytes),
      String(result.previewsDrawn),
    ]);
  }
}
table(['entries', 'site', 'build', 'per entry', 'CPU', 'CPU per entry', 'peak memory', 'dist/', 'previews drawn'], buildRows);

heading('Synthetic content: what dist/ is made of (ours, warm build; an edition\'s folders apiece)');
for (const count of SIZES) {
  const parts = results.sizes[count]?.warm?.distParts;
  if (!parts) continue;
  console.log(`${count} entries:\n`);
  const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  table(['folder', 'size', 'share'], [...parts.slice(0, 14).map(([name, bytes]) => [name, mib(bytes), `${((bytes / total) * 100).toFixed(1)} %`]), ['all', mib(total), '100 %']]);
}

heading('Synthetic content: the home page (HTML, and the CSS and JS it loads)');
const weightRows: string[][] = [];
for (const count of runSizes) {
  const entry = results.sizes[count]!;
  for (const [site, weight] of Object.entries(entry.weights)) {
    weightRows.push([
      sizeLabel(count),
      site === 'ours' ? 'ours' : 'plain Astro',
      ...weightCells(weight.html),
      ...weightCells(weight.css),
      ...weightCells(weight.js),
      site === 'ours' ? ok(weight.html.gzip <= BUDGET.homeHtmlGzip) : '',
      site === 'ours' ? ok(weight.js.gzip <= BUDGET.jsGzip) : '',
    ]);
  }
}
table(
  ['entries', 'site', 'HTML', 'HTML gzip', 'HTML br', 'CSS', 'CSS gzip', 'CSS br', 'JS', 'JS gzip', 'JS br', `HTML ≤ ${kib(BUDGET.homeHtmlGzip)} gz`, `JS ≤ ${kib(BUDGET.jsGzip)} gz`],
  weightRows,
);

heading('What our home page HTML is made of (raw / gzip, each part compressed on its own)');
{
  const names = [...new Set(runSizes.flatMap((count) => (results.sizes[count]!.composition ?? []).map((part) => part.part)))];
  table(
    ['part of the page', ...runSizes.map(sizeLabel)],
    names.map((name) => [
      name,
      ...runSizes.map((count) => {
        const part = results.sizes[count]!.composition?.find((candidate) => candidate.part === name);
        return part ? `${kib(part.raw)} / ${kib(part.gzip)}` : '–';
      }),
    ]),
  );
}

if (plainRoot) {
  heading(`Ours ÷ plain Astro (budget: build time per entry ≤ ${BUDGET.buildPerEntryVsPlain}× plain's, everything included)`);
  const ratioRows: string[][] = [];
  for (const count of SIZES) {
    const { cold, warm, plain, weights } = results.sizes[count]!;
    if (!plain || !warm) continue;
    const flagged = (value: number) => `${ratio(value)} ${ok(value <= BUDGET.buildPerEntryVsPlain)}`;
    ratioRows.push([
      String(count),
      msf(plain.wallMs / count),
      cold ? flagged(cold.wallMs / plain.wallMs) : '–',
      flagged(warm.wallMs / plain.wallMs),
      cold ? ratio(cold.cpuMs / plain.cpuMs) : '–',
      ratio(warm.cpuMs / plain.cpuMs),
      ratio(warm.peakMiB / plain.peakMiB),
      ratio(weights.ours!.html.raw / weights.plain!.html.raw),
      ratio(weights.ours!.html.gzip / weights.plain!.html.gzip),
    ]);
  }
  table(['entries', 'plain per entry', 'cold ÷ plain', 'warm ÷ plain', 'CPU cold ÷ plain', 'CPU warm ÷ plain', 'peak memory ÷ plain', 'home HTML ÷ plain', 'home HTML gzip ÷ plain'], ratioRows);
  console.log('\n(build ratios are wall-clock time; the CPU ratios are less sensitive to other work on the machine)');

  heading('Where the build time goes (wall-clock from the arrival of Astro\'s log lines; pages: sum of Astro\'s per-route times)');
  for (const count of SIZES) {
    const { cold, warm, plain, contentCheckMs } = results.sizes[count]!;
    if (!cold || !warm || !plain) continue;
    console.log(`${count} entries:\n`);
    const phaseNames = [...new Set([...cold.phases, ...warm.phases, ...plain.phases].map(([name]) => name))];
    const order = [...MARKERS.map(([name]) => name), LAST_PHASE];
    phaseNames.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const value = (build: Build, name: string) => build.phases.find(([phase]) => phase === name)?.[1];
    const rows: string[][] = phaseNames.map((name) => {
      const [p, c, w] = [value(plain, name), value(cold, name), value(warm, name)];
      return [name, p === undefined ? '–' : sec(p), c === undefined ? '–' : sec(c), w === undefined ? '–' : sec(w), sec((w ?? 0) - (p ?? 0))];
    });
    rows.push(['  (content check alone, measured in-process)', '–', '', sec(contentCheckMs ?? 0), sec(contentCheckMs ?? 0)]);
    const groupNames = [...new Set([...cold.groups.keys(), ...warm.groups.keys(), ...plain.groups.keys()])].sort(
      (a, b) => (warm.groups.get(b)?.ms ?? 0) - (warm.groups.get(a)?.ms ?? 0),
    );
    for (const group of groupNames) {
      const cell = (build: Build) => {
        const g = build.groups.get(group);
        return g ? `${sec(g.ms)} (${g.count})` : '–';
      };
      rows.push([`  pages: ${group}`, cell(plain), cell(cold), cell(warm), sec((warm.groups.get(group)?.ms ?? 0) - (plain.groups.get(group)?.ms ?? 0))]);
    }
    rows.push(['total (wall)', sec(plain.wallMs), sec(cold.wallMs), sec(warm.wallMs), sec(warm.wallMs - plain.wallMs)]);
    table(['phase', 'plain', 'ours cold', 'ours warm', 'warm − plain'], rows);
    console.log(`\nMemory: the largest resident memory of the build's processes together in each phase (sampled every 200 ms), ${count} entries:\n`);
    const peak = (build: Build, name: string) => build.phasePeaks?.find(([phase]) => phase === name)?.[1];
    const mibCell = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(0)} MiB`);
    table(
      ['phase', 'plain', 'ours cold', 'ours warm'],
      [
        ...phaseNames.map((name) => [name, mibCell(peak(plain, name)), mibCell(peak(cold, name)), mibCell(peak(warm, name))]),
        ['peak (GNU time: the largest process)', mibCell(plain.peakMiB), mibCell(cold.peakMiB), mibCell(warm.peakMiB)],
      ],
    );
    console.log('');
  }
}

if (results.browser) {
  const b = results.browser;
  heading(
    `In Chromium (1280×900), ${BROWSER_SIZE} entries: ms from a click on a control in view to the frame painted after the page goes quiet; ` +
      `for a filter or a clear, to the frame that shows it (then, in brackets, to the page quiet: cards far from the window are marked in idle time)`,
  );
  if (results.browserLoad !== undefined) console.log(`Load average (1 min) as the measurements began: ${results.browserLoad.toFixed(2)}\n`);
  console.log(
    `Home page: ${b.partsLoader ? 'sent in parts (<timeline-parts>)' : 'whole timeline in the page (no <timeline-parts>)'}, ` +
      `${b.cardsAtLoad} cards at load, ${b.cardsAfterFirstFilter} after the first filter, ${b.cardsAtEnd} once scrolled to the end; ` +
      `settled ${sec(b.settledMs)} after navigation\n`,
  );
  // The phone's column, with no budget: the budget is for Chromium on the machine at hand.
  const phone = results.phone;
  // A filter's own time is to the frame that shows it; the marking of cards far from the window
  // goes on in idle time, and "quiet" is the frame painted once that is done too.
  const figure = (value: number | Timed) => (typeof value === 'number' ? msf(value) : `${msf(value.shown)} (quiet ${msf(value.quiet)})`);
  const shown = (value: number | Timed) => (typeof value === 'number' ? value : value.shown);
  const row = (name: string, pick: (metrics: BrowserMetrics) => number | Timed) => [
    name,
    figure(pick(b)),
    ok(shown(pick(b)) <= BUDGET.filterMs),
    ...(phone ? [figure(pick(phone)), ok(shown(pick(phone)) <= BUDGET.phoneMs)] : []),
  ];
  const phoneColumn = phone ? [`CPU ${PHONE_SLOWDOWN}× slower (a phone)`, `budget ≤ ${BUDGET.phoneMs} ms`] : [];
  table(
    ['action', 'ms', `budget ≤ ${BUDGET.filterMs} ms`, ...phoneColumn],
    [
      row(`first filter (${b.cardsAtLoad} cards on the page), median of ${b.loads} fresh page loads`, (m) => m.firstFilterMs),
      row(`first clear, median of ${b.loads} fresh page loads`, (m) => m.firstClearMs),
      row(`filter applied, median of ${b.repeats}`, (m) => m.filterMs),
      row(`filter cleared, median of ${b.repeats}`, (m) => m.clearMs),
      row(`filter applied, every card (${b.cardsAtEnd}) on the page, median of ${b.repeats}`, (m) => m.loadedFilterMs),
      row(`filter cleared, every card on the page, median of ${b.repeats}`, (m) => m.loadedClearMs),
      row(`next event (reading panel), median of ${b.repeats}`, (m) => m.nextMs),
      row(`previous event, median of ${b.repeats}`, (m) => m.previousMs),
      row(`overview: a click at ${b.overviewClicks} places along it, its card brought in, median`, (m) => m.overviewMs),
      row(`search: a word typed to its results painted, median of ${b.searches} words`, (m) => m.searchMs),
    ],
  );
  console.log('');
  const scrollRow = (name: string, s: ScrollMetrics) => [name, msf(s.p95Ms), `${(s.slowFrames * 100).toFixed(1)} %`, String(s.frames), `${s.cardsBefore} → ${s.cardsAfter}`];
  const scrollRows = (metrics: BrowserMetrics, suffix: string) => [
    scrollRow(`fresh page (parts, if any, load as it goes)${suffix}`, metrics.freshScroll),
    scrollRow(`every card loaded (scrolled to the end)${suffix}`, metrics.loadedScroll),
  ];
  table(['scroll, 2.5 s at 120 px a frame, after loading settled', 'frame p95', 'frames > 33 ms', 'frames', 'cards'], [
    ...scrollRows(b, ''),
    ...(phone ? scrollRows(phone, `, CPU ${PHONE_SLOWDOWN}× slower`) : []),
  ]);
  const unsettled = [...b.unsettled, ...(phone?.unsettled.map((what) => `${what} (CPU ${PHONE_SLOWDOWN}× slower)`) ?? [])];
  if (unsettled.length) console.log(`\nNever went quiet within 30 s (timed at the limit): ${unsettled.join(', ')}`);
}

mkdirSync(TMP, { recursive: true });
writeFileSync(join(TMP, 'results.json'), JSON.stringify(results, (_key, value) => (value instanceof Map ? Object.fromEntries(value) : value), 2));
console.log(`\nElapsed: ${sec(performance.now() - benchStarted)} (load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}); raw figures in bench/.tmp/results.json, build logs in bench/.tmp/logs/`);
