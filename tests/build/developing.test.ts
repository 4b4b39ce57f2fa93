/**
 * A developing story in a real build: the real content plus entries that went up, and were
 * corrected, at times of their own (tests/support/developing-site.global.ts). The latest page lists
 * every entry by when it went up, newest first, in both editions, without a script; cards and
 * event pages stamp when each went up and was corrected, in Caracas time; feeds are dated by it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../support/content.ts';
import { DEVELOPING_CONTENT, DEVELOPING_DIST } from '../support/developing-site.global.ts';

const page = (path: string) => parse(readFileSync(join(DEVELOPING_DIST, path), 'utf8'));
const entries = readEntries(join(DEVELOPING_CONTENT, 'events'));
const cardsOf = (html: HTMLElement) => html.querySelectorAll('article.event-card');
const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim();

const ADDED_LAST = '2026-02-26-test-entry-added-last';
const OLD_EVENT = '2025-03-test-old-event-added-late';
const BATCH_LATER = '2026-02-24-test-batch-later-event';
const BATCH_EARLIER = '2026-02-23-test-batch-earlier-event';
const CORRECTED_SINCE = '2026-02-21-test-entry-corrected-since';
const CORRECTED_TWICE = '2026-02-25-corrected-count';

describe.each(['es', 'en'])('the latest page of the %s edition', (edition) => {
  const latest = page(`${edition}/latest/index.html`);
  const cards = cardsOf(latest);

  it('lists every entry once, with the same cards as the timeline', () => {
    expect(cards.map((card) => card.id).sort()).toEqual(entries.map((entry) => entry.slug).sort());
    const home = page(`${edition}/index.html`);
    const onTimeline = home.getElementById(ADDED_LAST)!;
    expect(latest.getElementById(ADDED_LAST)!.outerHTML).toBe(onTimeline.outerHTML);
  });

  it('puts the entry that went up last first, then on; a batch of the same instant with its later event first', () => {
    expect(cards.slice(0, 4).map((card) => card.id)).toEqual([ADDED_LAST, OLD_EVENT, BATCH_LATER, BATCH_EARLIER]);
    const added = cards.map((card) => Date.parse(card.getAttribute('data-added')!));
    expect(added).toEqual([...added].sort((a, b) => b - a));
  });

  it('groups the entries under the day each went up, in Caracas', () => {
    const days = latest.querySelectorAll('.latest__day');
    expect(days.length).toBeGreaterThan(3);
    const first = days[0]!;
    expect(first.querySelector('h3 + article, h3 ~ article')?.id).toBe(ADDED_LAST);
    expect(text(first.querySelector('h3'))).toBe(edition === 'en' ? 'Added on 30 November 2026' : 'Añadidas el 30 de noviembre de 2026');
  });

  it('is reached from the first screen of the home page, and leads back, the order chosen being the address', () => {
    const home = page(`${edition}/index.html`);
    const ways = home.querySelectorAll('.lead__actions a').map((link) => [link.getAttribute('href'), text(link)]);
    expect(ways).toEqual([
      ['#timeline', edition === 'en' ? 'Go to the timeline' : 'Ir a la cronología'],
      [`/${edition}/latest/`, edition === 'en' ? 'Latest entries first' : 'Últimas entradas primero'],
    ]);
    const order = (html: HTMLElement) => html.querySelectorAll('.order-switch a').map((link) => [link.getAttribute('href'), link.getAttribute('aria-current') ?? null]);
    expect(order(latest)).toEqual([[`/${edition}/`, null], [`/${edition}/latest/`, 'true']]);
  });

  it('is a page of its own title, that works without a script', () => {
    expect(text(latest.querySelector('h1'))).toBe(edition === 'en' ? 'Latest entries' : 'Últimas entradas');
    expect(latest.querySelector('title')!.text).toContain(edition === 'en' ? 'Latest entries' : 'Últimas entradas');
    // Everything is in the HTML, each card linking to its entry's page: the script only marks what is new.
    expect(cards.every((card) => card.querySelector(`h4 a[href="/${edition}/events/${card.id}/"]`))).toBe(true);
  });
});

describe('the stamps', () => {
  it.each([
    ['en', 'Added 30 November 2026, 09:30 (Caracas time)'],
    ['es', 'Añadida el 30 de noviembre de 2026, 9:30 a. m. (hora de Caracas)'],
  ])('say in %s when each entry went up, in a <time> with its instant', (edition, words) => {
    const card = page(`${edition}/index.html`).getElementById(ADDED_LAST)!;
    expect(text(card.querySelector('.entry-stamps'))).toBe(words);
    expect(card.querySelector('.entry-stamps time')!.getAttribute('datetime')).toBe('2026-11-30T09:30:00-04:00');
    expect(card.getAttribute('data-added')).toBe('2026-11-30T09:30:00-04:00');
    const header = page(`${edition}/events/${ADDED_LAST}/index.html`).querySelector('.event-page__header .entry-stamps');
    expect(text(header)).toBe(words);
  });

  it('give every card of the timeline the time its entry went up, as written in its file', () => {
    const home = page('en/index.html');
    for (const entry of entries) {
      const time = home.getElementById(entry.slug)!.querySelector('.entry-stamps time')!;
      expect(Date.parse(time.getAttribute('datetime')!), entry.slug).toBe(Date.parse(entry.data.added));
    }
  });

  it('say when an entry was last corrected, with the time when one is given, linking to the corrections', () => {
    const card = page('en/index.html').getElementById(CORRECTED_TWICE)!;
    expect(text(card.querySelector('.entry-stamps'))).toBe('Added 25 February 2026, 18:30 (Caracas time) · Corrected 27 February 2026, 16:20');
    const link = card.querySelector('.entry-stamps a')!;
    expect(link.getAttribute('href')).toBe(`/en/events/${CORRECTED_TWICE}/#corrections`);
    expect(link.querySelector('time')!.getAttribute('datetime')).toBe('2026-02-27T16:20:00-04:00');
    expect(card.getAttribute('data-corrected-at')).toBe('2026-02-27T16:20:00-04:00');
    expect(page('en/index.html').getElementById(ADDED_LAST)!.hasAttribute('data-corrected-at')).toBe(false);
  });

  it('count a correction dated by its day alone from the start of that day in Caracas', () => {
    const only = entries.find((entry) => entry.slug === CORRECTED_TWICE)!;
    expect(only.data.corrections[0].date).toBe('2026-02-26');
    const es = page(`es/events/${CORRECTED_TWICE}/index.html`);
    const items = es.querySelectorAll('#corrections li').map(text);
    expect(items).toEqual([
      '26 de febrero de 2026: The count was first given as 190; the report says 109.',
      '27 de febrero de 2026, 4:20 p. m. (hora de Caracas): The outlet was first named wrongly.',
    ]);
    expect(es.querySelectorAll('#corrections time').map((time) => time.getAttribute('datetime'))).toEqual(['2026-02-26', '2026-02-27T16:20:00-04:00']);
  });
});

describe('what is new since the last visit, as the pages send it', () => {
  it('is on the pages that list every entry, hidden until the script finds something new, and on no other', () => {
    for (const path of ['es/index.html', 'en/index.html', 'es/latest/index.html', 'en/latest/index.html']) {
      const element = page(path).querySelector('since-last-visit');
      expect(element, path).not.toBeNull();
      expect(element!.hasAttribute('hidden'), path).toBe(true);
    }
    for (const path of [`en/events/${ADDED_LAST}/index.html`, 'en/embed/index.html', 'en/categories/statement/index.html', 'en/about/index.html']) {
      expect(page(path).querySelector('since-last-visit'), path).toBeNull();
    }
  });

  it('carries the times of the entries that changed last, newest first, for the count', () => {
    const data = JSON.parse(page('en/index.html').querySelector('since-last-visit script[type="application/json"]')!.text);
    expect(data.total).toBe(entries.length);
    expect(data.activity[0]).toEqual([Date.parse('2026-11-30T09:30:00-04:00') / 1000, 0]);
    expect(data.activity).toContainEqual([Date.parse('2026-02-21T12:00:00-04:00') / 1000, Date.parse('2026-11-29T15:45:00-04:00') / 1000]);
    expect(data.words.newMark).toBe('New');
  });
});

describe('the feeds', () => {
  it('date each entry by when it went up, and a correction by its time, newest first', () => {
    const rss = new XMLParser().parse(readFileSync(join(DEVELOPING_DIST, 'en/feed.xml'), 'utf8')).rss.channel;
    const items = rss.item as { guid: string; pubDate: string }[];
    expect(items[0]).toMatchObject({ guid: `http://127.0.0.1:4321/en/events/${ADDED_LAST}/`, pubDate: 'Mon, 30 Nov 2026 13:30:00 GMT' });
    expect(items[1]).toMatchObject({ guid: `http://127.0.0.1:4321/en/events/${OLD_EVENT}/`, pubDate: 'Mon, 30 Nov 2026 01:10:00 GMT' });
    expect(items[2]).toMatchObject({ guid: `http://127.0.0.1:4321/en/events/${CORRECTED_SINCE}/#correction-1`, pubDate: 'Sun, 29 Nov 2026 19:45:00 GMT' });
    expect(rss.lastBuildDate).toBe('Mon, 30 Nov 2026 13:30:00 GMT');
    const json = JSON.parse(readFileSync(join(DEVELOPING_DIST, 'es/feed.json'), 'utf8'));
    expect(json.items[0].date_published).toBe('2026-11-30T09:30:00-04:00');
  });

  it('say in the event page’s data when the entry was published and last modified', () => {
    const script = page(`en/events/${CORRECTED_SINCE}/index.html`).querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(script.text)).toMatchObject({ datePublished: '2026-02-21T12:00:00-04:00', dateModified: '2026-11-29T15:45:00-04:00' });
  });

  it('and events.json gives added with every entry', () => {
    const data = JSON.parse(readFileSync(join(DEVELOPING_DIST, 'en/data/events.json'), 'utf8'));
    const event = data.events.find((one: { slug: string }) => one.slug === CORRECTED_SINCE);
    expect(event).toMatchObject({ added: '2026-02-21T12:00:00-04:00', corrections: [{ date: '2026-11-29T15:45:00-04:00' }] });
  });
});

describe('the about page', () => {
  it.each([
    ['en', 'What this site keeps in your browser'],
    ['es', 'Qué guarda este sitio en su navegador'],
  ])('says in %s what is kept in the browser, under which names, and how to clear it', (edition, heading) => {
    const about = page(`${edition}/about/index.html`);
    expect(text(about.getElementById('privacy'))).toBe(heading);
    const section = about.querySelector('#privacy + p + ul')!;
    expect(section.querySelectorAll('code').map(text)).toEqual(['timeline:last-visit', 'localStorage', 'timeline:visit-baseline', 'sessionStorage', 'timeline-parts:…', 'sessionStorage']);
    expect(text(about.querySelector('#privacy + p + ul + p'))).toMatch(edition === 'en' ? /delete this site’s data in your browser’s settings/ : /elimine los datos de este sitio/);
  });
});
