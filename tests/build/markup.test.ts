import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { brokenLinks, htmlPages } from '../support/links.ts';

/**
 * html-validate's recommended rules, with two choices made on purpose:
 * - ids may start with a digit, as HTML allows: an event's anchor is its slug, which starts with its
 *   date (/#2026-02-19-amnesty-law-passed), and those addresses are shared, so they stay;
 * - a page title may run to 120 characters: an event's full headline, then the site's short name.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'valid-id': ['error', { relaxed: true }],
    'long-title': ['error', { maxlength: 120 }],
  },
});

describe('the built pages', () => {
  it('are valid HTML: html-validate finds no error on any page', async () => {
    const pages = htmlPages(SITE_DIST);
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const name of pages) {
      const report = await validator.validateString(readFileSync(join(SITE_DIST, name), 'utf8'), name);
      for (const result of report.results) for (const message of result.messages) errors.push(`${name}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('give every link to another site rel="noopener noreferrer": no Referer, no reach back', () => {
    const careless: string[] = [];
    for (const name of htmlPages(SITE_DIST)) {
      for (const link of parse(readFileSync(join(SITE_DIST, name), 'utf8')).querySelectorAll('a[href^="http"]')) {
        const href = link.getAttribute('href')!;
        if (href.startsWith('http://127.0.0.1:4321/')) continue;
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) careless.push(`${name}: ${href}`);
      }
    }
    expect(careless).toEqual([]);
  });

  it('link only to what exists: every internal href and src resolves, anchors included', () => {
    expect(brokenLinks(SITE_DIST)).toEqual([]);
  });
});
