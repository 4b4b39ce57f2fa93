import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedItems, type FeedWords } from '../../src/lib/feeds/items.ts';
import { jsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { getRssString } from '@astrojs/rss';
import { rssOptions } from '../../src/lib/feeds/rss.ts';
import { escapeXml } from '../../src/lib/feeds/xml.ts';
import { toCsv } from '../../src/lib/open-data/csv.ts';
import { FIGURE_COLUMNS } from '../../src/lib/open-data/columns.ts';
import { figuresCsv } from '../../src/lib/open-data/figures-csv.ts';
import { titleSize } from '../../src/lib/preview/card.ts';
import { newsArticle, serializeJsonLd } from '../../src/lib/seo/json-ld.ts';
import { isListedPage } from '../../src/lib/sitemap.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import { headerRules, headersFile } from '../../src/lib/headers.ts';
import { withBase } from '../../src/lib/paths.ts';
import { fixtureEvent, fixtureTimeline, FIXTURE_EVENTS } from './helpers/timeline-fixture.ts';

const t = STRINGS.en;
const words: FeedWords = { intl: 'en-GB', ...t };
const url = (slug: string) => `https://news.example/events/${slug}/`;
const channel = { title: 'T & Co', description: 'D', homeUrl: 'https://news.example/', feedUrl: 'https://news.example/feed.xml', language: 'en' };

const corrected = fixtureEvent('e5', '2026-02-12', [], { corrections: [{ date: '2026-02-27', change: 'The count was 12, not 21.' }] });

describe('toCsv()', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['Rodríguez', 'Rodríguez'],
  ])('writes %j as %s', (value, written) => {
    expect(toCsv(['h'], [[value]])).toBe(`h\r\n${written}\r\n`);
  });

  it('writes an empty field for a missing value, and reads back with a standard parser', () => {
    const text = toCsv(['a', 'b', 'c'], [['x, "y"', undefined, 3]]);
    expect(parseCsv(text, { columns: true })).toEqual([{ a: 'x, "y"', b: '', c: '3' }]);
  });
});

describe('figuresCsv()', () => {
  it('writes one row per figure with the documented columns, in timeline order', () => {
    const rows = parseCsv(figuresCsv(fixtureTimeline().events, url), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...FIGURE_COLUMNS]);
    expect(rows.map((row) => [row.event_slug, row.metric, row.value, row.claimant])).toEqual([
      ['e4', 'strikers', '200', 'relative'],
      ['e1', 'documented', '300', 'ngo-b'],
      ['e2', 'documented', '459', 'ngo-b'],
      ['e3', 'freedoms', '3231', 'official'],
      ['e3', 'verified', '109', 'ngo-a'],
    ]);
    expect(rows[0]!.qualifier).toBe('more-than');
    expect(rows[0]!.certainty).toBe('approximate');
    expect(rows[3]!.event_url).toBe('https://news.example/events/e3/');
  });
});

describe('feedItems()', () => {
  const items = feedItems(fixtureTimeline([...FIXTURE_EVENTS, corrected]).events, url, words);

  it('lists every entry by when it went up, newest first, and each correction again as an item of its own, dated by it', () => {
    expect(items.map((item) => item.id)).toEqual([
      'https://news.example/events/e5/#correction-1',
      'https://news.example/events/e3/',
      'https://news.example/events/e2/',
      'https://news.example/events/e5/',
      'https://news.example/events/e1/',
      'https://news.example/events/e4/',
    ]);
    expect(items[0]!.title).toBe('Correction: Event e5');
    expect(items[0]!.summary).toBe('Corrected on 27 February 2026: The count was 12, not 21.');
    // A correction dated by its day alone counts from the start of that day in Caracas.
    expect(items[0]!.published).toBe(Date.parse('2026-02-27T00:00:00-04:00'));
    expect(items.find((item) => item.id.endsWith('/e5/'))!.modified).toBe(Date.parse('2026-02-27T00:00:00-04:00'));
    expect(items.find((item) => item.id.endsWith('/e3/'))!.published).toBe(Date.parse('2026-02-24T18:30:00-04:00'));
  });

  it('orders by when entries went up, not by when their events happened, and dates a timed correction by its time', () => {
    const late = fixtureEvent('old', '2020-05-03', [], { added: '2026-02-28T09:00:00-04:00' });
    const timed = fixtureEvent('e6', '2026-02-13', [], { corrections: [{ date: '2026-02-27T23:10:00-04:00', change: 'Fixed.' }] });
    const listed = feedItems(fixtureTimeline([...FIXTURE_EVENTS, corrected, late, timed]).events, url, words);
    expect(listed.slice(0, 3).map((item) => item.id)).toEqual([
      'https://news.example/events/old/',
      'https://news.example/events/e6/#correction-1',
      'https://news.example/events/e5/#correction-1',
    ]);
    expect(listed[1]!.published).toBe(Date.parse('2026-02-28T03:10:00Z'));
  });

  it(`carries the latest ${FEED_LENGTH} items only, newest first, as feeds usually do`, () => {
    const many = Array.from({ length: FEED_LENGTH + 30 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return fixtureEvent(`many-${i}`, day, []);
    });
    const listed = feedItems(fixtureTimeline(many).events, url, words);
    expect(listed).toHaveLength(FEED_LENGTH);
    expect(listed[0]!.id).toBe(url(`many-${FEED_LENGTH + 29}`));
    expect(listed.at(-1)!.id).toBe(url('many-30'));
  });

  it('says how sure a date is and who claims each figure', () => {
    const e3 = items.find((item) => item.id.endsWith('/e3/'))!;
    expect(e3.html).toContain('24 February 2026 (Inferred date)');
    expect(e3.html).toContain('<strong>3,231</strong> Full freedoms granted, according to An Official, as of 24 February 2026');
  });
});

describe('rssOptions() and jsonFeed()', () => {
  const items = feedItems(fixtureTimeline([...FIXTURE_EVENTS, corrected]).events, url, words);

  it('write well-formed RSS 2.0 (through @astrojs/rss), its HTML escaped once, its dates in RFC 822 and UTC', async () => {
    const text = await getRssString(rssOptions(channel, items));
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(text).rss;
    expect(rss.channel.title).toBe('T & Co');
    expect(rss.channel.lastBuildDate).toBe('Fri, 27 Feb 2026 04:00:00 GMT');
    // e3 went up at 18:30 in Caracas, 22:30 GMT.
    expect(rss.channel.item[1].pubDate).toBe('Tue, 24 Feb 2026 22:30:00 GMT');
    expect(rss.channel.item[1].description).toContain('<strong>3,231</strong>');
    expect(rss.channel.item[0].guid['@_isPermaLink']).toBe('false');
  });

  it('write a JSON Feed 1.1 with RFC 3339 dates, in Caracas time with its offset', () => {
    const feed = JSON.parse(jsonFeed(channel, items));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[1].date_published).toBe('2026-02-24T18:30:00-04:00');
    expect(feed.items.find((item: { id: string }) => item.id.endsWith('/e5/')).date_modified).toBe('2026-02-27T00:00:00-04:00');
    expect(feed.items).toHaveLength(items.length);
  });
});

describe('escapeXml()', () => {
  it('escapes the characters that end text or an attribute', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(`&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;`);
  });
});

describe('serializeJsonLd()', () => {
  it.each(['</script><script>alert(1)</script>', '<!-- comment', 'a & b', 'line\u2028separator'])('keeps %j inside the script element and parses back', (text) => {
    const written = serializeJsonLd({ headline: text });
    expect(written).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(written).headline).toBe(text);
  });

  it('describes an event page as a NewsArticle about the event, based on its sources', () => {
    const event = fixtureTimeline().events.find((one) => one.slug === 'e3')!;
    const article = newsArticle(event, { url: url('e3'), imageUrl: 'https://news.example/previews/e3.png', language: 'en', publisher: 'P', homeUrl: 'https://news.example/' });
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Event e3', datePublished: '2026-02-24T18:30:00-04:00', about: { '@type': 'Event', startDate: '2026-02-24' } });
    expect(article).not.toHaveProperty('dateModified');
    expect(article.isBasedOn).toEqual([{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Fixture Agency' } }]);
  });

  it('dates the article by when the entry went up, and modified by its latest correction since', () => {
    const event = fixtureTimeline([corrected]).events[0]!;
    const article = newsArticle(event, { url: url('e5'), imageUrl: 'https://news.example/previews/e5.png', language: 'en', publisher: 'P', homeUrl: 'https://news.example/' });
    expect(article).toMatchObject({ datePublished: '2026-02-12T18:30:00-04:00', dateModified: '2026-02-27T00:00:00-04:00' });
  });
});

describe('the sitemap', () => {
  it.each([
    ['', false],
    ['events/x/', true],
    ['es/about/', true],
    ['404.html', false],
    ['embed/', false],
    ['embed/counts/', false],
    ['es/embed/map/', false],
    ['embedded-event/', true],
  ])('isListedPage(%j) is %s', (path, listed) => {
    expect(isListedPage(path)).toBe(listed);
  });
});

describe('titleSize()', () => {
  it('makes longer titles smaller so that any headline fits the card', () => {
    const sizes = [10, 50, 90, 200].map((length) => titleSize('x'.repeat(length)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBe(4);
  });
});

describe('withBase()', () => {
  it.each([
    ['/', '/events/x/', '/events/x/'],
    ['/timeline/', '/events/x/', '/timeline/events/x/'],
    ['/timeline/', '/timeline/events/x/', '/timeline/events/x/'],
    ['/timeline/', 'https://apnews.com/', 'https://apnews.com/'],
    ['/timeline/', '//cdn.example/x', '//cdn.example/x'],
    ['/timeline/', '#source-1', '#source-1'],
  ])('under %s writes %s as %s', (base, path, written) => {
    expect(withBase(base, path)).toBe(written);
  });
});

describe('headerRules()', () => {
  const files = ['index.html', '404.html', '_astro/a.js', 'events/x/index.html', 'embed/index.html', 'embed/map/index.html', 'feed.xml', 'es/index.html', 'es/embed/index.html', 'es/events/x/index.html'];
  const rules = headerRules('/timeline/', files, ['es']);
  const framing = (path: string) => rules.filter((rule) => new RegExp(`^${rule.path.replace(/\*/g, '.*')}$`).test(path)).map((rule) => rule.headers.find(([name]) => name === 'Content-Security-Policy')?.[1]);

  it.each([
    ['/timeline/', "frame-ancestors 'none'"],
    ['/timeline/events/x/', "frame-ancestors 'none'"],
    ['/timeline/feed.xml', "frame-ancestors 'none'"],
    ['/timeline/embed/', 'frame-ancestors *'],
    ['/timeline/embed/map/', 'frame-ancestors *'],
    ['/timeline/es/', "frame-ancestors 'none'"],
    ['/timeline/es/embed/', 'frame-ancestors *'],
    ['/timeline/es/events/x/', "frame-ancestors 'none'"],
  ])('gives %s exactly one framing rule: %s', (path, policy) => {
    expect(framing(path)).toEqual([policy]);
  });

  it('sends no Referer from any page, and caches hashed assets for a year', () => {
    for (const rule of rules) expect(rule.headers).toContainEqual(['Referrer-Policy', 'no-referrer']);
    expect(rules.find((rule) => rule.path === '/timeline/_astro/*')!.headers).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
    expect(headersFile(rules)).toContain('/timeline/embed/*\n  Referrer-Policy: no-referrer\n');
  });
});
