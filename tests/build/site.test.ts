import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { ROOT, SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

const entries = readEntries();
// The English edition: its words are the entries' own (content/events/ is written in English).
const EDITION = 'en';
const page = (path: string) => parse(readFileSync(join(SITE_DIST, EDITION, path), 'utf8'));

describe('the built site', () => {
  let home: HTMLElement;
  beforeAll(() => {
    home = page('index.html');
  });

  it('has the story: at least 15 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every entry its own page with its title as the heading', () => {
    for (const { slug, data } of entries) {
      const file = join(SITE_DIST, EDITION, 'events', slug, 'index.html');
      expect(existsSync(file), `${slug} has a page`).toBe(true);
      expect(page(`events/${slug}/index.html`).querySelector('h1')?.text.trim()).toBe(data.title);
    }
  });

  it('lists every entry on the timeline exactly once, in date order', () => {
    const cards = home.querySelectorAll('article.event-card');
    expect(cards.map((card) => card.id).sort()).toEqual(entries.map((entry) => entry.slug).sort());
    const starts = cards.map((card) => card.getAttribute('data-date')!.padEnd(10, '-01-01').slice(0, 10));
    expect(starts).toEqual([...starts].sort());
  });

  it('labels every inferred or approximate date as such, on the timeline and on the event page', () => {
    const uncertain = entries.filter((entry) => entry.data.certainty && entry.data.certainty !== 'reported');
    expect(uncertain.length).toBeGreaterThan(0);
    for (const { slug, data } of uncertain) {
      const label = data.certainty === 'inferred' ? 'Inferred date' : 'Approximate date';
      expect(home.getElementById(slug)!.querySelector('.certainty')?.text).toBe(label);
      const eventPage = page(`events/${slug}/index.html`);
      expect(eventPage.querySelector('.certainty')?.text).toBe(label);
      expect(eventPage.querySelector('.certainty-note')?.text).toBe(data.certaintyNote);
    }
  });

  it('shows a date only as precisely as it is known', () => {
    const byPrecision = (length: number) => entries.find((entry) => !entry.data.end && String(entry.data.date).length === length);
    const year = byPrecision(4)!;
    const month = byPrecision(7)!;
    const time = (slug: string) => home.getElementById(slug)!.querySelector('time')!;
    expect(time(year.slug).text).toBe(year.data.date);
    expect(time(year.slug).getAttribute('datetime')).toBe(year.data.date);
    expect(time(month.slug).text).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
    expect(time(month.slug).getAttribute('datetime')).toBe(month.data.date);
  });

  it('shows both ends of a span', () => {
    const span = entries.find((entry) => entry.data.end)!;
    const text = home.getElementById(span.slug)!.querySelector('time')!.text;
    const endDay = Number(String(span.data.end).slice(8, 10));
    expect(text).toContain(String(endDay));
    expect(text).toMatch(/–/);
  });

  it('shows each figure with who claims it and as of when', () => {
    const withFigures = entries.filter((entry) => entry.data.figures?.length);
    expect(withFigures.length).toBeGreaterThan(0);
    for (const { slug, data } of withFigures) {
      const claims = home.getElementById(slug)!.querySelectorAll('.claim');
      expect(claims.map((claim) => claim.getAttribute('data-claimant'))).toEqual(data.figures.map((f: any) => f.claimant));
      for (const claim of claims) expect(claim.querySelector('.claim__who')!.text).toMatch(/^according to .+, as of /);
    }
  });

  it('marks long stretches without events as gaps', () => {
    const gaps = home.querySelectorAll('.timeline__gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0]!.text).toMatch(/years? with no events/);
  });

  it('numbers sources and says when a source has no link', () => {
    const { slug } = entries[0]!;
    const items = page(`events/${slug}/index.html`).querySelectorAll('ol.sources > li');
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.id).toBe('source-1');
  });

  it('links each event page to the previous and next events in order', () => {
    const order = home.querySelectorAll('article.event-card').map((card) => card.id);
    const middle = order[1]!;
    const nav = page(`events/${middle}/index.html`).querySelector('nav.event-nav')!;
    expect(nav.querySelector('a[rel=prev]')!.getAttribute('href')).toBe(`/${EDITION}/events/${order[0]}/`);
    expect(nav.querySelector('a[rel=next]')!.getAttribute('href')).toBe(`/${EDITION}/events/${order[2]}/`);
  });

  it('has an about page that defines every metric, and a 404 page', () => {
    const about = page('about/index.html');
    const metricIds = Object.keys(parseYaml(readFileSync(join(ROOT, 'content/metrics.yaml'), 'utf8')) as object);
    expect(metricIds.length).toBeGreaterThan(0);
    for (const id of metricIds) expect(about.getElementById(`metric-${id}`), id).not.toBeNull();
    // One 404 page for the whole site: Spanish first, the default edition, then English.
    const notFound = parse(readFileSync(join(SITE_DIST, '404.html'), 'utf8'));
    expect(notFound.querySelector('h1')?.text).toBe('Página no encontrada');
    expect(notFound.querySelector('[lang="en"] h2')?.text).toBe('Page not found');
  });

  it('loads nothing from any other host: no external scripts, styles, fonts or images', () => {
    for (const path of ['index.html', 'about/index.html', `events/${entries[0]!.slug}/index.html`, '../index.html', '../404.html']) {
      const html = page(path);
      // A canonical or alternate link (another edition, a feed) names an address; it loads nothing.
      const loaded = html.querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src], source[src]').map(
        (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
      );
      for (const url of loaded) expect(url, `${path} loads ${url}`).toMatch(/^\/(?!\/)/);
    }
  });
});
