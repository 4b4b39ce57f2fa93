import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT, SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';
import { brokenLinks, htmlPages } from '../support/links.ts';

const SITE = 'https://news.example';
const BASE = '/timeline/';
const CONTENT = join(ROOT, 'tests/.tmp/content-distribution');
const DIST = join(ROOT, 'tests/.tmp/site-distribution');
// An entry whose title holds everything that breaks careless output: quotes and commas (CSV),
// accents (encodings), and a closing script tag (JSON-LD in a page).
const TRICKY_SLUG = '2026-02-25-tricky-title';
const TRICKY_TITLE = 'Rodríguez says "peace, and justice" </script><script>alert(1)</script>';

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const html = (dist: string, path: string): HTMLElement => parse(read(dist, path));
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'url' });

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const realEntries = readEntries();
const ORIGIN = 'http://127.0.0.1:4321';
// The English edition carries the entries' own words (content/events/ is written in English).
const EN = 'en/';
/** The edition a built page belongs to: its first folder, or the default (Spanish) for the root page and 404. */
const editionOfPage = (name: string) => (name.startsWith('en/') ? 'en' : 'es');
const figureCount = (entries: { data: Record<string, any> }[]) => entries.reduce((sum, { data }) => sum + (data.figures?.length ?? 0), 0);
const correctionCount = (entries: { data: Record<string, any> }[]) => entries.reduce((sum, { data }) => sum + (data.corrections?.length ?? 0), 0);

describe('feeds, open data and link previews of the real site', () => {
  it('has an RSS 2.0 feed that is well-formed XML, with one item per entry and per correction, newest first', () => {
    const text = read(SITE_DIST, `${EN}feed.xml`);
    expect(XMLValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    expect(rss['@_version']).toBe('2.0');
    const items = rss.channel.item as Record<string, any>[];
    expect(items).toHaveLength(realEntries.length + correctionCount(realEntries));
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^http:\/\/127\.0\.0\.1:4321\/en\/events\/[a-z0-9-]+\/(#corrections)?$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    const dates = items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const slugs = new Set(items.map((item) => item.link.split('/events/')[1].split('/')[0]));
    expect(slugs).toEqual(new Set(realEntries.map((entry) => entry.slug)));
  });

  it('has a JSON Feed 1.1 with the same items', () => {
    const feed = JSON.parse(read(SITE_DIST, `${EN}feed.json`));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.feed_url).toBe(`${ORIGIN}/en/feed.json`);
    expect(feed.items).toHaveLength(realEntries.length + correctionCount(realEntries));
    expect(new Set(feed.items.map((item: { id: string }) => item.id)).size).toBe(feed.items.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_html).toContain(item.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'));
      // RFC 3339 in Caracas time: when the entry went up (or the correction was made), as the site shows it.
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-04:00$/);
    }
  });

  it('links both feeds of its edition from the head of every page', () => {
    for (const name of htmlPages(SITE_DIST)) {
      const head = html(SITE_DIST, name).querySelector('head')!;
      const edition = editionOfPage(name);
      expect(head.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), name).toBe(`/${edition}/feed.xml`);
      expect(head.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href'), name).toBe(`/${edition}/feed.json`);
    }
  });

  it('gives every page a PNG icon the build drew (Chromium builds an SVG icon anew at every filter)', () => {
    for (const name of htmlPages(SITE_DIST)) {
      const icons = html(SITE_DIST, name).querySelectorAll('head link[rel="icon"]');
      expect(icons.map((icon) => [icon.getAttribute('href'), icon.getAttribute('type')]), name).toEqual([['/favicon.png', 'image/png']]);
    }
    const png = readFileSync(join(SITE_DIST, 'favicon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The header's width and height: a 32 px tab icon on a screen of twice the density.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
  });

  it('has a feed in each language: the Spanish one in Spanish, with the same items', () => {
    const spanish = xml.parse(read(SITE_DIST, 'es/feed.xml')).rss.channel;
    const english = xml.parse(read(SITE_DIST, 'en/feed.xml')).rss.channel;
    expect(spanish.language).toBe('es');
    expect(spanish.title).toBe('Ley de Amnistía en Venezuela: cronología');
    expect(spanish.item).toHaveLength(english.item.length);
    expect(spanish.item.map((item: { link: string }) => item.link.replace('/es/', '/en/'))).toEqual(english.item.map((item: { link: string }) => item.link));
    expect(spanish.item.some((item: { description: string }) => item.description.includes('según'))).toBe(true);
  });

  it('lists every page of both editions but the 404 page and the embeds in the sitemap, each with its other edition, and robots.txt names it', () => {
    const index = read(SITE_DIST, 'sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    expect(xml.parse(index).sitemapindex.sitemap.loc).toBe(`${ORIGIN}/sitemap-0.xml`);
    const sitemap = read(SITE_DIST, 'sitemap-0.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = xml.parse(sitemap).urlset.url as { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[];
    const pages = htmlPages(SITE_DIST)
      .filter((name) => /^(es|en)\//.test(name) && !/^(es|en)\/embed\//.test(name))
      .map((name) => `${ORIGIN}/${name.replace(/index\.html$/, '')}`);
    expect(urls.map((url) => url.loc).sort()).toEqual(pages.sort());
    for (const url of urls) {
      const other = url.loc.replace(/\/(es|en)\//, (_, lang: string) => `/${lang === 'es' ? 'en' : 'es'}/`);
      expect(url['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']]).sort(), url.loc).toEqual(
        [
          ['en', url.loc.includes('/en/') ? url.loc : other],
          ['es', url.loc.includes('/es/') ? url.loc : other],
        ],
      );
    }
    expect(read(SITE_DIST, 'robots.txt')).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
  });

  it('has a 1200 × 630 preview image for every event, named in its page’s Open Graph and Twitter tags', () => {
    for (const { slug } of realEntries) {
      for (const edition of ['es', 'en']) expect(pngSize(join(SITE_DIST, `${edition}/previews/${slug}.png`)), slug).toEqual({ width: 1200, height: 630 });
      const head = html(SITE_DIST, `${EN}events/${slug}/index.html`).querySelector('head')!;
      const image = `${ORIGIN}/en/previews/${slug}.png`;
      expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(image);
      expect(head.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
      expect(head.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ORIGIN}/en/events/${slug}/`);
      expect(head.querySelector('link[rel="alternate"][hreflang="es"]')?.getAttribute('href')).toBe(`${ORIGIN}/es/events/${slug}/`);
      expect(head.querySelector('link[rel="alternate"][hreflang="x-default"]')?.getAttribute('href')).toBe(`${ORIGIN}/`);
    }
    for (const edition of ['es', 'en']) expect(pngSize(join(SITE_DIST, `${edition}/previews/site.png`))).toEqual({ width: 1200, height: 630 });
  });

  it('gives every page a title, a description, a canonical address and Open Graph tags', () => {
    for (const name of htmlPages(SITE_DIST).filter((page) => !/^(es|en)\/embed\//.test(page))) {
      const head = html(SITE_DIST, name).querySelector('head')!;
      expect(head.querySelector('title')?.text, name).toBeTruthy();
      expect(head.querySelector('meta[name="description"]')?.getAttribute('content'), name).toBeTruthy();
      for (const property of ['og:title', 'og:description', 'og:image', 'og:site_name']) {
        expect(head.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), `${name} ${property}`).toBeTruthy();
      }
      expect(!!head.querySelector('link[rel="canonical"]'), name).toBe(name !== '404.html');
    }
  });

  it('embeds NewsArticle JSON-LD on every event page that parses, with the event’s title', () => {
    for (const { slug, data } of realEntries) {
      const scripts = html(SITE_DIST, `${EN}events/${slug}/index.html`).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const article = JSON.parse(scripts[0]!.textContent);
      expect(article['@type']).toBe('NewsArticle');
      expect(article.headline).toBe(data.title);
    }
  });

  it('publishes events.json and figures.csv that match the content exactly', () => {
    const data = JSON.parse(read(SITE_DIST, `${EN}data/events.json`));
    expect(data.licence).toBeTruthy();
    expect(data.events).toHaveLength(realEntries.length);
    for (const { slug, data: entry } of realEntries) {
      const published = data.events.find((event: { slug: string }) => event.slug === slug);
      expect(published, slug).toBeDefined();
      expect(published.title).toBe(entry.title);
      expect(published.date).toBe(entry.date);
      expect(published.sources).toHaveLength(entry.sources.length);
      expect(published.figures.map((figure: Record<string, unknown>) => [figure.metric, figure.value, figure.claimant, figure.asOf])).toEqual(
        (entry.figures ?? []).map((figure: Record<string, unknown>) => [figure.metric, figure.value, figure.claimant, figure.asOf]),
      );
      for (const figure of published.figures) expect(data.metrics[figure.metric], figure.metric).toBeDefined();
    }

    const rows = parseCsv(read(SITE_DIST, `${EN}data/figures.csv`), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(figureCount(realEntries));
    for (const { slug, data: entry } of realEntries) {
      const mine = rows.filter((row) => row.event_slug === slug);
      expect(mine.map((row) => [row.metric, Number(row.value), row.qualifier, row.claimant, row.as_of])).toEqual(
        (entry.figures ?? []).map((figure: Record<string, any>) => [figure.metric, figure.value, figure.qualifier ?? 'exact', figure.claimant, figure.asOf]),
      );
      for (const row of mine) expect(row.certainty).toBe(entry.certainty ?? 'reported');
    }
  });

  it('documents every column of figures.csv, every metric and the licence on the /data/ page', () => {
    const page = html(SITE_DIST, `${EN}data/index.html`);
    const header = read(SITE_DIST, `${EN}data/figures.csv`).split('\r\n')[0]!.split(',');
    const documented = page.querySelectorAll('.data-columns tbody th code').map((code) => code.text);
    expect(documented).toEqual(header);
    for (const row of page.querySelectorAll('.data-columns tbody tr')) expect(row.querySelector('td')!.text.trim().length).toBeGreaterThan(10);
    const metrics = Object.keys(JSON.parse(read(SITE_DIST, `${EN}data/events.json`)).metrics);
    for (const metric of metrics) expect(page.getElementById(`data-metric-${metric}`), metric).not.toBeNull();
    expect(page.querySelector('#licence + p a[rel~="license"]')).not.toBeNull();
    expect(page.querySelector('a[href="/en/data/figures.csv"]')).not.toBeNull();
    expect(page.querySelector('a[href="/en/data/events.json"]')).not.toBeNull();
  });

  it('publishes the same figures in the Spanish edition’s data, in Spanish words, documented in Spanish', () => {
    const spanish = parseCsv(read(SITE_DIST, 'es/data/figures.csv'), { columns: true }) as Record<string, string>[];
    const english = parseCsv(read(SITE_DIST, 'en/data/figures.csv'), { columns: true }) as Record<string, string>[];
    const facts = (rows: Record<string, string>[]) => rows.map((row) => [row.event_slug, row.metric, row.value, row.qualifier, row.claimant, row.as_of]);
    expect(facts(spanish)).toEqual(facts(english));
    expect(spanish.find((row) => row.metric === 'releases-verified')!.metric_label).toBe('Excarcelaciones verificadas por Foro Penal');
    expect(html(SITE_DIST, 'es/data/index.html').querySelector('h1')!.text).toBe('Datos abiertos');
  });

  it('has embed pages without the site’s header, whose links open in the parent window', () => {
    for (const name of ['embed/index.html', 'embed/counts/index.html', 'embed/overview/index.html', 'embed/map/index.html'].map((page) => `${EN}${page}`)) {
      const page = html(SITE_DIST, name);
      expect(page.querySelector('.site-header'), name).toBeNull();
      expect(page.querySelector('base')?.getAttribute('target'), name).toBe('_parent');
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), name).toBe('noindex');
      // In-page jumps (a date of "the gap", a place on the map) stay inside the frame.
      for (const link of page.querySelectorAll('a[href^="#"]')) expect(link.getAttribute('target'), `${name} ${link.getAttribute('href')}`).toBe('_self');
    }
    expect(html(SITE_DIST, `${EN}embed/index.html`).querySelectorAll('article.event-card')).toHaveLength(realEntries.length);
    // The overview alone has no timeline to jump to: its marks open the event pages, one mark per
    // event (past 150 events it draws columns instead, and this loop would check nothing).
    const marks = html(SITE_DIST, `${EN}embed/overview/index.html`).querySelectorAll('a.overview__mark');
    expect(marks).toHaveLength(realEntries.length);
    for (const mark of marks) expect(mark.getAttribute('href')).toMatch(/^\/en\/events\/[a-z0-9-]+\/$/);
    const snippets = html(SITE_DIST, `${EN}about/index.html`).querySelectorAll('#embed pre').map((pre) => pre.text);
    expect(snippets).toHaveLength(4);
    expect(snippets[0]).toContain('<iframe src="http://127.0.0.1:4321/en/embed/"');
    expect(snippets[0]).toContain('event.origin !== "http://127.0.0.1:4321"');
  });
});

describe('the site built under a sub-path (/timeline/) with a site URL, and an entry with a tricky title', () => {
  let entries: ReturnType<typeof readEntries>;

  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
    writeFileSync(
      join(CONTENT, `events/${TRICKY_SLUG}.mdx`),
      [
        '---',
        `title: ${JSON.stringify(TRICKY_TITLE)}`,
        'summary: "A test entry, with a comma, \\"quotes\\" and an accent: Barinas, Mérida."',
        'date: "2026-02-25"',
        'category: statement',
        'actors: [delcy-rodriguez]',
        'sources:',
        '  - outlet: Test Outlet, "Quoted"',
        'figures:',
        '  - metric: releases-verified',
        '    value: 110',
        '    claimant: foro-penal',
        '    asOf: "2026-02-25"',
        '    note: Note with a comma, "quotes" and ñ',
        'corrections:',
        '  - date: "2026-02-26"',
        '    change: The figure was 111; it is 110.',
        'added: "2026-02-25T18:30:00-04:00"',
        '---',
        '',
        'A test entry, after [the capture](/events/2026-01-03-maduro-captured/).',
        '',
      ].join('\n'),
    );
    entries = readEntries(join(CONTENT, 'events'));
    const result = await astroBuild(DIST, { CONTENT_DIR: CONTENT, SITE_URL: SITE, BASE_PATH: BASE });
    expect(result.code, result.output).toBe(0);
  });

  it('keeps every internal link, script, style and image under /timeline/, and each resolves, anchors included', () => {
    for (const name of htmlPages(DIST)) {
      for (const element of html(DIST, name).querySelectorAll('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]')) {
        const ref = element.getAttribute('href') ?? element.getAttribute('src')!;
        expect(ref.startsWith(BASE), `${name}: ${ref}`).toBe(true);
      }
    }
    expect(brokenLinks(DIST, BASE, SITE)).toEqual([]);
  });

  it('uses the site URL and the sub-path in feeds, the sitemap, robots.txt, the data and the embed snippets', () => {
    const rss = xml.parse(read(DIST, `${EN}feed.xml`)).rss;
    expect(rss.channel.link).toBe(`${SITE}${BASE}en/`);
    for (const item of rss.channel.item) expect(item.link.startsWith(`${SITE}${BASE}en/events/`)).toBe(true);
    expect(JSON.parse(read(DIST, `${EN}feed.json`)).feed_url).toBe(`${SITE}${BASE}en/feed.json`);
    for (const url of xml.parse(read(DIST, 'sitemap-0.xml')).urlset.url) expect(url.loc.startsWith(`${SITE}${BASE}`)).toBe(true);
    expect(read(DIST, 'robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const headerPaths = read(DIST, '_headers').split('\n').filter((line) => line && !line.startsWith(' '));
    expect(headerPaths.length).toBeGreaterThan(5);
    for (const path of headerPaths) expect(path.startsWith(BASE), path).toBe(true);
    expect(JSON.parse(read(DIST, `${EN}data/events.json`)).events[0].url.startsWith(`${SITE}${BASE}en/events/`)).toBe(true);
    const snippet = html(DIST, `${EN}about/index.html`).querySelector('#embed pre')!.text;
    expect(snippet).toContain(`<iframe src="${SITE}${BASE}en/embed/"`);
    expect(snippet).toContain(`event.origin !== "${SITE}"`);
    // Each edition searches its own bundle, of its own language.
    for (const lang of ['en', 'es']) {
      expect(html(DIST, `${lang}/search/index.html`).querySelector('site-search')?.getAttribute('data-index')).toBe(`${BASE}pagefind/${lang}/pagefind.js`);
      expect(Object.keys(JSON.parse(read(DIST, `pagefind/${lang}/pagefind-entry.json`)).languages)).toEqual([lang]);
    }
    const head = html(DIST, `${EN}events/${TRICKY_SLUG}/index.html`).querySelector('head')!;
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${SITE}${BASE}en/previews/${TRICKY_SLUG}.png`);
  });

  it('writes the preview image every page names, a 1200 × 630 PNG per event and edition, and no other', () => {
    const named = new Set<string>();
    for (const name of htmlPages(DIST)) {
      const image = html(DIST, name).querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (!image) continue;
      expect(image.startsWith(`${SITE}${BASE}${editionOfPage(name)}/previews/`), `${name}: ${image}`).toBe(true);
      named.add(image.slice(`${SITE}${BASE}`.length));
    }
    for (const file of named) expect(pngSize(join(DIST, file)), file).toEqual({ width: 1200, height: 630 });
    const written = ['es', 'en'].flatMap((edition) => readdirSync(join(DIST, edition, 'previews')).map((name) => `${edition}/previews/${name}`));
    expect(written.sort()).toEqual([...named].sort());
    expect(named.size).toBe(2 * (entries.length + 1));
    // Each edition's card is in its own words (date, category, footer).
    const card = (edition: string) => readFileSync(join(DIST, `${edition}/previews/2026-01-03-maduro-captured.png`));
    expect(card('es').equals(card('en'))).toBe(false);
  });

  it('puts the sub-path and the edition in front of an editor’s link to another event', () => {
    for (const edition of ['en', 'es']) {
      const link = html(DIST, `${edition}/events/${TRICKY_SLUG}/index.html`).querySelector('.prose a')!;
      expect(link.getAttribute('href')).toBe(`${BASE}${edition}/events/2026-01-03-maduro-captured/`);
    }
  });

  it('shows an entry without a Spanish translation in the Spanish edition, in English, with a notice', () => {
    const page = html(DIST, `es/events/${TRICKY_SLUG}/index.html`);
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(page.querySelector('article')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.translation-notice')!.text).toBe('Esta entrada todavía no está traducida al español: se muestra en inglés.');
    expect(page.querySelector('h1')!.text).toBe(TRICKY_TITLE);
    const card = html(DIST, 'es/index.html').getElementById(TRICKY_SLUG)!;
    expect(card.getAttribute('lang')).toBe('en');
    expect(card.querySelector('.untranslated-mark')!.text).toBe('en inglés');
    // Every other entry is translated: no notice on them.
    expect(html(DIST, 'es/events/2026-01-03-maduro-captured/index.html').querySelector('.translation-notice')).toBeNull();
  });

  it('keeps a title holding </script> inside its JSON-LD, which parses back to the exact title', () => {
    const text = read(DIST, `${EN}events/${TRICKY_SLUG}/index.html`);
    const page = parse(text);
    const scripts = page.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.textContent).headline).toBe(TRICKY_TITLE);
    // No script element was injected: the title stays text everywhere it is written, in the
    // body, the <title>, the meta tags and the JSON-LD.
    expect(page.querySelectorAll('script').filter((script) => script.textContent.includes('alert(1)'))).toEqual(scripts);
    expect(page.querySelector('h1')!.text).toBe(TRICKY_TITLE);
    expect(page.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(TRICKY_TITLE);
  });

  it('writes a CSV that a standard parser reads back exactly: quotes, commas and accents included', () => {
    const rows = parseCsv(read(DIST, `${EN}data/figures.csv`), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(figureCount(entries));
    const tricky = rows.find((row) => row.event_slug === TRICKY_SLUG)!;
    expect(tricky.event_title).toBe(TRICKY_TITLE);
    expect(tricky.note).toBe('Note with a comma, "quotes" and ñ');
    expect(tricky.source).toBe('Test Outlet, "Quoted"');
    expect(tricky.value).toBe('110');
  });

  it('shows a correction again in both feeds, as a new item dated by the correction', () => {
    const items = xml.parse(read(DIST, `${EN}feed.xml`)).rss.channel.item as Record<string, any>[];
    const correction = items.find((item) => item.guid['#text'] === `${SITE}${BASE}en/events/${TRICKY_SLUG}/#correction-1`)!;
    expect(correction.title).toBe(`Correction: ${TRICKY_TITLE}`);
    expect(correction.description).toContain('The figure was 111; it is 110.');
    // Dated by its day alone: from the start of that day in Caracas.
    expect(correction.pubDate).toBe('Thu, 26 Feb 2026 04:00:00 GMT');
    const entry = items.findIndex((item) => item.guid['#text'] === `${SITE}${BASE}en/events/${TRICKY_SLUG}/`);
    expect(items[entry]!.pubDate).toBe('Wed, 25 Feb 2026 22:30:00 GMT');
    // Newest first by the correction's own time: after every later item, ahead of every older one, its entry included.
    expect(items.indexOf(correction)).toBe(items.filter((item) => Date.parse(item.pubDate) > Date.parse(correction.pubDate)).length);
    expect(items.indexOf(correction)).toBeLessThan(entry);
    const feed = JSON.parse(read(DIST, `${EN}feed.json`));
    expect(feed.items.map((item: { id: string }) => item.id).indexOf(`${SITE}${BASE}en/events/${TRICKY_SLUG}/#correction-1`)).toBe(items.indexOf(correction));
    expect(feed.items.find((item: { id: string }) => item.id === `${SITE}${BASE}en/events/${TRICKY_SLUG}/`).date_modified).toBe('2026-02-26T00:00:00-04:00');
    // The Spanish feed says it too, in Spanish, with the change as the entry gives it (it has no translation).
    const spanish = xml.parse(read(DIST, 'es/feed.xml')).rss.channel.item as Record<string, any>[];
    const spanishCorrection = spanish[items.indexOf(correction)]!;
    expect(spanishCorrection.guid['#text']).toBe(`${SITE}${BASE}es/events/${TRICKY_SLUG}/#correction-1`);
    expect(spanishCorrection.title).toBe(`Corrección: ${TRICKY_TITLE}`);
    expect(spanishCorrection.description).toContain('Corregido el 26 de febrero de 2026');
  });
});
