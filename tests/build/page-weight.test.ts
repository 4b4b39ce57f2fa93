/**
 * The page-weight budgets, asserted on the real site as built (sizes, unlike timings, do not
 * depend on the machine): what a reader on a slow connection downloads for the home page and an
 * event page, in both editions.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET } from '../../bench/budgets.ts';
import { pageWeight } from '../../bench/page-weight.ts';
import { LOCALES } from '../../src/lib/i18n/strings.ts';
import { SITE_DIST } from '../support/build.ts';

const EVENT = 'events/2026-02-24-foro-penal-109-verified-releases/index.html';
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe.each(LOCALES)('page weight, %s edition', (locale) => {
  it.each([
    ['home page', `${locale}/index.html`, true],
    ['an event page', `${locale}/${EVENT}`, false],
  ])('%s: HTML and JavaScript within their budgets (gzip)', (_, page, scripted) => {
    const weight = pageWeight(SITE_DIST, page);
    expect(weight.html.gzip, `HTML ${kib(weight.html.gzip)}`).toBeLessThanOrEqual(BUDGET.homeHtmlGzip);
    expect(weight.js.gzip, `JavaScript ${kib(weight.js.gzip)}`).toBeLessThanOrEqual(BUDGET.jsGzip);
    // Something was weighed: a home page that lost its scripts would pass the budget by mistake.
    if (scripted) expect(weight.js.raw).toBeGreaterThan(0);
  });

  it('the home page carries its styles inside it, allowed by their hash; an event page links the one shared stylesheet', () => {
    const home = readFileSync(join(SITE_DIST, `${locale}/index.html`), 'utf8');
    expect(home).not.toMatch(/<link rel="stylesheet"/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(home)![1]!;
    expect(style.length).toBeGreaterThan(10_000);
    const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
    expect(/style-src ([^;"]*)/.exec(home)![1]).toContain(hash);
    const event = readFileSync(join(SITE_DIST, `${locale}/${EVENT}`), 'utf8');
    expect(event.match(/<link rel="stylesheet" href="[^"]+"/g)).toHaveLength(1);
    expect(pageWeight(SITE_DIST, `${locale}/${EVENT}`).css.raw).toBe(Buffer.byteLength(style));
  });
});
