// Lighthouse over pages of the built site, served on 127.0.0.1 by the tests' static server, in
// Debian's Chromium started by chrome-launcher. Nothing may reach another host: Chromium gets the
// same flags as the browser tests and a host resolver that resolves no name at all (the pages are
// addressed by IP), and every request the page made is checked afterwards.
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  page: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<Category, number | null>;
  /** Per category, every audit that scored below 1: its title and what it measured. */
  failing: Record<Category, { id: string; title: string; score: number; displayValue?: string; items: string[] }[]>;
  /** Requests the page made to any address but the local server (should be none). */
  foreignRequests: string[];
  warnings: string[];
  ms: number;
  /** First and largest contentful paint and total blocking time (ms), layout shift, as Lighthouse simulated them. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
}

/** As tests/support/browser.ts launches Chromium, plus new headless mode and a resolver that resolves nothing. */
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_FLAGS,
  // Any host name fails to resolve; 127.0.0.1 is an address, so the site under test is unaffected.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** What an audit found at fault, in a line each: the element's HTML, or the link and its text. */
function offenders(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.map((item) => {
    const node = item.node as { snippet?: string; nodeLabel?: string } | undefined;
    if (node?.snippet) return `${node.snippet}${node.nodeLabel ? ` (“${node.nodeLabel}”)` : ''}`;
    if (typeof item.href === 'string') return `${item.href} “${String(item.text ?? '')}”`;
    return String(item.url ?? item.source ?? JSON.stringify(item)).slice(0, 200);
  });
}

function summarise(lhr: Result, page: string, formFactor: LighthouseRun['formFactor'], origin: string, ms: number): LighthouseRun {
  const scores = {} as LighthouseRun['scores'];
  const failing = {} as LighthouseRun['failing'];
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category];
    scores[category] = entry?.score ?? null;
    failing[category] = (entry?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score!, displayValue: audit.displayValue, items: category === 'performance' ? [] : offenders(audit.details) }));
  }
  const items = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  const foreignRequests = items.map((item) => item.url).filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const metrics = { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') };
  return { page, formFactor, scores, failing, foreignRequests, warnings: lhr.runWarnings, ms, metrics };
}

/** Runs Lighthouse (mobile default config, then desktop) on each page of `dist`, one fresh Chromium per run. */
export async function runLighthouse(dist: string, pages: string[], formFactors: LighthouseRun['formFactor'][] = ['mobile', 'desktop']): Promise<LighthouseRun[]> {
  const server = await serveStatic(dist);
  const origin = new URL(server.url).origin;
  const runs: LighthouseRun[] = [];
  try {
    for (const formFactor of formFactors) {
      for (const page of pages) {
        const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
        const started = performance.now();
        try {
          const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
          const result = await lighthouse(new URL(page, server.url).href, flags, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
          runs.push(summarise(result.lhr, page, formFactor, origin, performance.now() - started));
        } finally {
          chrome.kill();
        }
      }
    }
  } finally {
    await server.close();
  }
  return runs;
}
