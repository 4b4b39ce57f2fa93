import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { htmlPages } from '../support/links.ts';

const page = (path: string) => parse(readFileSync(join(SITE_DIST, path), 'utf8'));
const entries = readEntries();
const inEdition = (edition: string) => htmlPages(SITE_DIST).filter((name) => name.startsWith(`${edition}/`)).map((name) => name.slice(3));

describe('the Spanish and English editions', () => {
  it('have every page in both languages, at the same path', () => {
    const spanish = inEdition('es');
    expect(spanish.length).toBeGreaterThan(40);
    expect(inEdition('en')).toEqual(spanish);
  });

  it('declare the language of every page, and the root page is the Spanish home', () => {
    for (const name of htmlPages(SITE_DIST)) {
      const expected = name.startsWith('en/') ? 'en' : 'es';
      expect(page(name).querySelector('html')!.getAttribute('lang'), name).toBe(expected);
    }
    expect(page('index.html').querySelector('h1')!.text).toBe(page('es/index.html').querySelector('h1')!.text);
    expect(page('index.html').querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('http://127.0.0.1:4321/es/');
  });

  it('write dates and numbers as each language does', () => {
    const spanish = page('es/events/2026-02-24-government-3231-full-freedoms/index.html');
    const english = page('en/events/2026-02-24-government-3231-full-freedoms/index.html');
    expect(spanish.querySelector('.event-date time')!.text).toBe('24 de febrero de 2026');
    expect(english.querySelector('.event-date time')!.text).toBe('24 February 2026');
    expect(spanish.querySelector('.figure-table td.num')!.text).toBe('3.231');
    expect(english.querySelector('.figure-table td.num')!.text).toBe('3,231');
    // A month-precision date reads as a month in each language.
    expect(page('es/events/2026-02-el-rodeo-hunger-strike/index.html').querySelector('.event-date time')!.text).toBe('febrero de 2026');
    // The charts' labels too.
    expect(page('es/index.html').querySelector('.counts-svg--wide')!.text).toContain('3.231');
    expect(page('en/index.html').querySelector('.counts-svg--wide')!.text).toContain('3,231');
  });

  it('give each entry its Spanish words in the Spanish edition, and the same facts', () => {
    for (const { slug, data } of entries) {
      const spanish = page(`es/events/${slug}/index.html`);
      const english = page(`en/events/${slug}/index.html`);
      expect(english.querySelector('h1')!.text).toBe(data.title);
      expect(spanish.querySelector('h1')!.text, slug).not.toBe(data.title);
      expect(spanish.querySelector('.translation-notice'), slug).toBeNull();
      const dates = (html: ReturnType<typeof page>) => html.querySelectorAll('time').map((time) => time.getAttribute('datetime'));
      expect(dates(spanish)).toEqual(dates(english));
      expect(spanish.querySelectorAll('ol.sources > li')).toHaveLength(data.sources.length);
    }
  });

  it('mark every quotation in the Spanish edition as a translation: the sources give the words in English', () => {
    const quotes = entries.flatMap(({ slug }) => page(`es/events/${slug}/index.html`).querySelectorAll('.prose q, .prose blockquote'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.closest('.quote')?.querySelector('.quote__translated')?.text, quote.text).toContain('traducción');
  });

  it('link each page to itself in the other edition, with hreflang, and name each language in itself', () => {
    const slug = entries[0]!.slug;
    const spanish = page(`es/events/${slug}/index.html`);
    const link = spanish.querySelector('.language-switcher a[hreflang="en"]')!;
    expect(link.getAttribute('href')).toBe(`/en/events/${slug}/`);
    expect(link.text.trim()).toBe('English');
    expect(link.getAttribute('lang')).toBe('en');
    expect(page(`en/events/${slug}/index.html`).querySelector('.language-switcher a[hreflang="es"]')!.text.trim()).toBe('Español');
  });
});
