import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT, SITE_DIST } from '../support/build.ts';
import { readEntries } from '../support/content.ts';

// The English edition's home page: the entries' own words.
const home = (dist: string) => parse(readFileSync(join(dist, 'en/index.html'), 'utf8'));
const metrics = parseYaml(readFileSync(join(ROOT, 'content/metrics.yaml'), 'utf8')) as Record<string, { topic?: string }>;
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

  it('changes after a rebuild when an editor adds an entry with a new figure, with no code touched', async () => {
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
    const dist = join(ROOT, 'tests/.tmp/site-plus');
    const result = await astroBuild(dist, { CONTENT_DIR: content });
    expect(result.code, result.output).toBe(0);
    const chart = home(dist).querySelector('.counts-svg--wide')!;
    expect(chart.querySelectorAll('a.point')).toHaveLength(releaseFigures.length + 1);
    expect(chart.querySelector('a.point[href="/en/events/2026-03-02-test-new-count/"]')).not.toBeNull();
    expect(chart.querySelectorAll('.series__label').some((label) => label.text.includes('777'))).toBe(true);
  });
});
