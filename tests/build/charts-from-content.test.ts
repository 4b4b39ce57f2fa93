import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { load as parseYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT, SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

// The English edition's home page: the entries' own words.
const home = (dist: string) => parse(readFileSync(join(dist, 'en/index.html'), 'utf8'));
const metrics = parseYaml(readFileSync(join(ROOT, 'content/metrics.yaml'), 'utf8')) as Record<string, { topic?: string; short?: string; label: string }>;
const actors = parseYaml(readFileSync(join(ROOT, 'content/actors.yaml'), 'utf8')) as Record<string, { name: string; kind: string; memberOf?: string }>;
const releaseFigures = readEntries().flatMap((entry) =>
  (entry.data.figures ?? []).filter((figure: { metric: string }) => metrics[figure.metric]?.topic === 'releases'),
);

describe('the counts chart on the home page', () => {
  it('draws one linked point per "releases" figure in the entries, in each rendering', () => {
    const wide = home(SITE_DIST).querySelector('.counts-svg--wide')!;
    expect(releaseFigures.length).toBeGreaterThan(1);
    expect(wide.querySelectorAll('a.point')).toHaveLength(releaseFigures.length);
    expect(home(SITE_DIST).querySelector('.counts-svg--narrow')!.querySelectorAll('a.point')).toHaveLength(releaseFigures.length);
    for (const point of wide.querySelectorAll('a.point')) expect(point.getAttribute('href')).toMatch(/^\/en\/events\/[a-z0-9-]+\/$/);
  });

  it('labels each series on the chart itself, with its value and claimant', () => {
    const labels = home(SITE_DIST)
      .querySelectorAll('.counts-svg--wide .series__label')
      .map((label) => label.querySelectorAll('tspan').map((line) => line.text).join(' '));
    expect(labels.some((text) => text.includes('3,231') && text.includes('Jorge Arreaza'))).toBe(true);
    expect(labels.some((text) => text.includes('109') && text.includes('Foro Penal'))).toBe(true);
  });

});

/** Whose side a claimant speaks for, as the site reads actors.yaml: a person speaks for their organisation. */
function sideOf(id: string): string {
  const actor = actors[id]!;
  const kind = actor.kind === 'person' && actor.memberOf ? actors[actor.memberOf]!.kind : actor.kind;
  return ({ 'government-body': 'government', ngo: 'ngo' } as Record<string, string>)[kind] ?? 'other';
}

/** The first screen's two numbers, as a reader sees them: side, value, what, who and as of when. */
const leadFigures = (dist: string) =>
  home(dist)
    .querySelectorAll('.lead__figure')
    .map((figure) => ({
      side: figure.getAttribute('data-side'),
      value: figure.querySelector('.lead__value')!.text,
      what: figure.querySelector('.lead__what')!.text,
      who: figure.querySelector('.lead__who')!.text.replace(/\s+/g, ' ').trim(),
      href: figure.querySelector('a')!.getAttribute('href'),
    }));

describe('the first screen of the home page', () => {
  it('states the gap in two numbers: each side’s latest "releases" figure in the entries, with who claims it, what it counts and as of when', () => {
    // Worked out here from the entries, apart from the site's code: the latest as-of date, then the larger figure.
    const latest = (side: string) =>
      releaseFigures
        .filter((figure: { claimant: string }) => sideOf(figure.claimant) === side)
        .sort((a: any, b: any) => String(a.asOf).localeCompare(String(b.asOf)) || a.value - b.value)
        .at(-1);
    const expected = ['government', 'ngo'].map((side) => {
      const figure = latest(side);
      return {
        side,
        value: new Intl.NumberFormat('en-GB').format(figure.value),
        what: metrics[figure.metric]!.short ?? metrics[figure.metric]!.label,
        claimant: actors[figure.claimant]!.name,
        asOf: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${figure.asOf}T00:00Z`)),
      };
    });
    const shown = leadFigures(SITE_DIST);
    expect(shown.map(({ side, value, what }) => ({ side, value, what }))).toEqual(expected.map(({ side, value, what }) => ({ side, value, what })));
    for (const [index, figure] of shown.entries()) {
      expect(figure.who).toContain(`according to ${expected[index]!.claimant}, as of ${expected[index]!.asOf}`);
      expect(figure.href).toBe('#counts-gaps');
    }
    expect(home(SITE_DIST).querySelector('#counts-gaps')).not.toBeNull();
  });
});

describe('after an editor adds an entry with a newer figure, and rebuilds with no code touched', () => {
  const dist = join(ROOT, 'tests/.tmp/site-plus');
  beforeAll(async () => {
    const content = join(ROOT, 'tests/.tmp/content-plus');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(
      join(content, 'events/2026-03-02-test-new-count.mdx'),
      [
        '---',
        'title: A later verified count',
        'summary: A test entry that adds one figure.',
        'date: "2026-03-02"',
        'category: report',
        'actors: [foro-penal]',
        'sources:',
        '  - outlet: Test outlet',
        'figures:',
        '  - metric: releases-verified',
        '    value: 777',
        '    claimant: foro-penal',
        '    asOf: "2026-03-02"',
        'added: "2026-03-02T18:00:00-04:00"',
        '---',
        'Test body.',
      ].join('\n'),
    );
    const result = await astroBuild(dist, { CONTENT_DIR: content });
    expect(result.code, result.output).toBe(0);
  });

  it('the counts chart draws the new figure', () => {
    const chart = home(dist).querySelector('.counts-svg--wide')!;
    expect(chart.querySelectorAll('a.point')).toHaveLength(releaseFigures.length + 1);
    expect(chart.querySelector('a.point[href="/en/events/2026-03-02-test-new-count/"]')).not.toBeNull();
    expect(chart.querySelectorAll('.series__label').some((label) => label.text.includes('777'))).toBe(true);
  });

  it('the first screen shows it as the NGOs’ latest count, and the government’s as before', () => {
    const [government, ngo] = leadFigures(dist);
    expect(government).toEqual(leadFigures(SITE_DIST)[0]);
    expect(ngo).toMatchObject({ side: 'ngo', value: '777', what: 'Releases verified' });
    expect(ngo!.who).toBe('according to Foro Penal, as of 2 March 2026');
  });
});
