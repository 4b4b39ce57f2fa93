/**
 * The editor components in built pages: the real entry that quotes Delcy Rodríguez, a fixture
 * entry that uses every component without importing any, and a fixture whose components name an
 * unknown speaker and a missing figure, which must stop the build naming the entry and the prop.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT, SITE_DIST } from '../support/build.ts';

const WORK = join(ROOT, 'tests/.tmp/editing');
const FIXTURES = join(ROOT, 'tests/fixtures/editing');
/** The text a reader sees: spaces collapsed, the invisible word joiner before a citation dropped. */
const text = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

/** A copy of content/ with the fixture folder's entries added, built; returns the build result. */
async function buildWith(fixture: string) {
  const content = join(WORK, `${fixture}-content`);
  const dist = join(WORK, `${fixture}-dist`);
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  cpSync(join(FIXTURES, fixture), join(content, 'events'), { recursive: true });
  return { dist, result: await astroBuild(dist, { CONTENT_DIR: content }) };
}

describe('<Quote> in the real entry on the signing of the Amnesty Law', () => {
  const event = parse(readFileSync(join(SITE_DIST, 'en/events/2026-02-19-rodriguez-signs-amnesty-law/index.html'), 'utf8'));

  it('keeps the sentence and the quoted words as they were, the words in quotation marks', () => {
    const quote = event.querySelector('.prose .quote')!;
    expect(text(quote.querySelector('q'))).toBe('an act of greatness');
    expect(text(quote.closest('p'))).toContain('Delcy Rodríguez promulgated the Amnesty Law at Miraflores Palace and described it as an act of greatness');
    expect(text(quote.closest('p'))).toContain(', according to the international report.');
  });

  it('attributes the words to Delcy Rodríguez, says they are translated, and cites the international report', () => {
    const quote = event.querySelector('.prose .quote')!;
    expect(quote.getAttribute('title')).toBe('Delcy Rodríguez (translated)');
    expect(text(quote.querySelector('.quote__translated'))).toBe('(translated)');
    const cite = quote.querySelector('.cite a')!;
    expect(text(cite)).toBe('[2]');
    expect(cite.getAttribute('href')).toBe('#source-2');
    expect(text(event.getElementById('source-2'))).toContain('International news report');
  });
});

describe('an entry that uses every editor component, without imports', () => {
  let event: HTMLElement;
  beforeAll(async () => {
    expect(readFileSync(join(FIXTURES, 'components/2026-02-26-editor-components.mdx'), 'utf8')).not.toMatch(/^import /m);
    const { dist, result } = await buildWith('components');
    expect(result.code, result.output).toBe(0);
    event = parse(readFileSync(join(dist, 'en/events/2026-02-26-editor-components/index.html'), 'utf8'));
  });

  it('renders an inline quotation and a quotation set apart with the speaker’s name and its source', () => {
    expect(text(event.querySelector('.quote:not(.quote--block) q'))).toBe('discriminatory words under test');
    const block = event.querySelector('figure.quote--block')!;
    expect(text(block.querySelector('blockquote'))).toBe('A whole quotation set apart, under test.');
    expect(text(block.querySelector('figcaption'))).toBe('— Alfredo Romero[1]');
    expect(block.querySelector('.cite a')!.getAttribute('href')).toBe('#source-1');
  });

  it('links every citation to a source listed on the page, numbered as the list numbers it', () => {
    const cites = event.querySelectorAll('.prose .cite a');
    expect(cites.length).toBe(3);
    for (const cite of cites) {
      const id = cite.getAttribute('href')!.slice(1);
      const number = text(cite).replace(/\D/g, '');
      const item = event.getElementById(id);
      expect(item, id).not.toBeNull();
      expect(event.querySelectorAll('ol.sources > li').indexOf(item!) + 1).toBe(Number(number));
      expect(cite.getAttribute('aria-label')).toBe(`Source ${number}: ${text(item).split(' (')[0]}`);
    }
  });

  it('sets figures apart with their qualifier, what they count, who claims them and as of when', () => {
    const callouts = event.querySelectorAll('.figure-callout');
    expect(callouts.map((callout) => text(callout.querySelector('.figure-callout__value')))).toEqual(['more than 11,000', 'nearly 600']);
    expect(text(callouts[0]!.querySelector('.figure-callout__metric'))).toBe('People who have faced restrictive measures (Foro Penal)');
    expect(text(callouts[0]!.querySelector('.figure-callout__who'))).toBe('according to Foro Penal, as of 24 February 2026');
  });

  it('boxes the editor’s note with its label, and draws the counts chart', () => {
    const note = event.querySelector('.prose .editor-note')!;
    expect(text(note.querySelector('.editor-note__label'))).toBe('Editor’s note');
    expect(text(note.querySelector('.editor-note__body'))).toBe('The report does not say when the count began.');
    expect(event.querySelector('.prose svg')).not.toBeNull();
  });
});

describe('an entry whose components name an unknown speaker and a figure it does not have', () => {
  it('stops the build, naming the entry, the line, the component and the prop', async () => {
    const { result } = await buildWith('components-broken');
    expect(result.code).not.toBe(0);
    const file = 'events/2026-02-26-broken-components.mdx';
    expect(result.output).toMatch(new RegExp(`${file}:18: <Quote speaker>: unknown actor "alfredo-romeo" \\(did you mean "alfredo-romero"\\?`));
    expect(result.output).toMatch(new RegExp(`${file}:20: <FigureCallout index>: there is no figure 3: the entry has 1 figure`));
  });
});
