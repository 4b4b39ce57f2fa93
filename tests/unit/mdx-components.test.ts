/**
 * The editor components' rules, shared by the content check and the components: reading the tags
 * out of an entry's body, resolving a speaker, a source number and a figure, and the problems the
 * check reports for each mistake, at the line of the tag.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { EDITOR_COMPONENT_NAMES, findComponentUses, resolveFigure, resolveSource, resolveSpeaker } from '../../src/lib/content-check/components.ts';
import { parseMdxBody } from '../../src/lib/content-check/mdx-parse.ts';
import { eventText, withSharedData } from './helpers/content-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const A = 'content/events/2026-01-08-releases-begin.mdx';

/** A body parsed as the build parses it, starting at file line `firstLine`. */
function uses(body: string, firstLine = 1) {
  const parsed = parseMdxBody(body, firstLine);
  if (!parsed.ok) throw new Error(parsed.message);
  return findComponentUses(parsed.tree);
}

describe('findComponentUses()', () => {
  it('reads each tag’s name, line and props: text, numbers in braces, bare words as true', () => {
    const body = 'A paragraph.\n\nHe said <Quote speaker="alfredo-romero" source={2} translated>words</Quote>.\n\n<FigureCallout metric=\'releases-verified\' />\n';
    expect(uses(body, 10)).toEqual([
      { name: 'Quote', line: 12, props: { speaker: 'alfredo-romero', source: 2, translated: true }, code: false },
      { name: 'FigureCallout', line: 14, props: { metric: 'releases-verified' }, code: false },
    ]);
  });

  it('reads a tag written over several lines, and {"text"} and {false} in braces', () => {
    const body = '<CountsChart\n  metric={"releases-verified"}\n  gap={false}\n/>\n';
    expect(uses(body)).toEqual([{ name: 'CountsChart', line: 1, props: { metric: 'releases-verified', gap: false }, code: false }]);
  });

  it('skips tags shown as code, in fences, in backticks or in an MDX comment, but keeps counting their lines', () => {
    const body = ['```mdx', '<Quote speaker="nobody" source={9}>x</Quote>', '```', 'Write `<Cite source={7} />` after it.', '{/* <Cite source={8} /> */}', '<Cite source={1} />'].join('\n');
    expect(uses(body, 1)).toEqual([{ name: 'Cite', line: 6, props: { source: 1 }, code: false }]);
  });

  it('finds a component inside another one, and marks a prop written as code without guessing its value', () => {
    const body = '<EditorNote>\nAs <Cite source={(() => 2)()} /> says.\n</EditorNote>\n';
    expect(uses(body)).toEqual([
      { name: 'EditorNote', line: 1, props: {}, code: false },
      { name: 'Cite', line: 2, props: {}, code: true },
    ]);
  });

  it('ignores lowercase HTML tags', () => {
    expect(uses('<abbr title="Foro Penal">FP</abbr> <br />')).toEqual([]);
  });
});

describe('resolving a component’s props', () => {
  const actors = new Map([['alfredo-romero', { name: 'Alfredo Romero' }]]);

  it('finds the speaker among all actors, or says which id is unknown and what would be right', () => {
    expect(resolveSpeaker('alfredo-romero', actors)).toEqual({ ok: true, value: { name: 'Alfredo Romero' } });
    expect(resolveSpeaker('alfredo-romeo', actors, () => 'alfredo-romero')).toEqual({
      ok: false,
      problem: 'unknown actor "alfredo-romeo" (did you mean "alfredo-romero"? expected the id of an actor in content/actors.yaml, such as "alfredo-romero", or add it there)',
    });
    expect(resolveSpeaker(undefined, actors)).toMatchObject({ ok: false, problem: expect.stringMatching(/^is missing/) });
  });

  it('counts sources from 1, as the page numbers them, and accepts source="2" as well as source={2}', () => {
    const sources = ['AP', 'EFE'];
    expect(resolveSource(2, sources)).toEqual({ ok: true, value: { number: 2, source: 'EFE' } });
    expect(resolveSource('2', sources)).toEqual({ ok: true, value: { number: 2, source: 'EFE' } });
    expect(resolveSource(3, sources)).toEqual({ ok: false, problem: 'there is no source 3: the entry lists 2 sources (expected the number of one of the entry’s sources, from 1 to 2, such as source={1})' });
    expect(resolveSource(0, sources)).toMatchObject({ ok: false, problem: expect.stringContaining('there is no source 0') });
    expect(resolveSource('first', sources)).toMatchObject({ ok: false, problem: expect.stringContaining('found "first"') });
  });

  const figures = [{ metric: 'releases-verified' }, { metric: 'political-prisoners' }, { metric: 'political-prisoners' }];

  it('chooses a figure by its position, counted from 1', () => {
    expect(resolveFigure({ index: 2 }, figures)).toEqual({ ok: true, value: { index: 2, figure: figures[1] } });
    expect(resolveFigure({ index: 4 }, figures)).toEqual({
      ok: false,
      prop: 'index',
      problem: 'there is no figure 4: the entry has 3 figures (expected a position from 1 to 3, counted in the entry’s figures list, such as index={1})',
    });
  });

  it('chooses a figure by its metric only when exactly one figure has it', () => {
    expect(resolveFigure({ metric: 'releases-verified' }, figures)).toMatchObject({ ok: true, value: { index: 1 } });
    expect(resolveFigure({ metric: 'political-prisoners' }, figures)).toEqual({
      ok: false,
      prop: 'metric',
      problem: '"political-prisoners" matches figures 2 and 3 (expected index={2} or another index, to choose one)',
    });
    expect(resolveFigure({ metric: 'arrests' }, figures)).toMatchObject({ ok: false, prop: 'metric', problem: expect.stringContaining('expected the metric id of one of the entry’s figures: releases-verified, political-prisoners') });
  });

  it('works on resolved claims too, whose metric is a record with an id', () => {
    expect(resolveFigure({ metric: 'b' }, [{ metric: { id: 'a' } }, { metric: { id: 'b' } }])).toMatchObject({ ok: true, value: { index: 2 } });
  });

  it('asks for one of index and metric, not none and not both', () => {
    expect(resolveFigure({}, figures)).toMatchObject({ ok: false, problem: expect.stringMatching(/^is missing/) });
    expect(resolveFigure({ index: 1, metric: 'releases-verified' }, figures)).toMatchObject({ ok: false, problem: expect.stringContaining('both given') });
  });
});

describe('checkContent() on the components in an entry’s body', () => {
  const figure = 'figures:\n  - metric: releases-verified\n    value: 3\n    claimant: foro-penal\n    asOf: "2026-01-08"\n';
  const metrics = {
    path: 'content/metrics.yaml',
    text: 'releases-verified:\n  label: Releases verified\n  topic: releases\n  definition: Releases that Foro Penal has confirmed.\n  unit: people\n',
  };
  /** The body's first line is line 16 of the file: 14 lines of frontmatter, then a blank line. */
  const check = (body: string) =>
    checkContent(withSharedData({ [A]: eventText(`date: "2026-01-08"\n${figure}`, `\n${body}\n`) }, { metrics })).map((p) => `${p.line} ${p.field}: ${p.message}`);

  it('accepts every component used as documented', () => {
    expect(
      check(
        [
          'He said <Quote speaker="alfredo-romero" source={1} translated>the words</Quote>.<Cite source={1} />',
          '<Quote block speaker="foro-penal" source="1">Set apart.</Quote>',
          '<FigureCallout index={1} />',
          '<FigureCallout metric="releases-verified" />',
          '<EditorNote>A note.</EditorNote>',
          '<CountsChart topic="releases" />',
          '<CountsChart metric="releases-verified" gap={false} />',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('names the entry’s line, the component and the prop: an unknown speaker, a source and a figure the entry lacks', () => {
    expect(check('He said <Quote speaker="alfredo-romeo" source={2}>x</Quote>.\n\n<FigureCallout index={2} />')).toEqual([
      '16 <Quote speaker>: unknown actor "alfredo-romeo" (did you mean "alfredo-romero"? expected the id of an actor in content/actors.yaml, such as "alfredo-romero", or add it there)',
      '16 <Quote source>: there is no source 2: the entry lists 1 source (expected the number of one of the entry’s sources, from 1 to 1, such as source={1})',
      '18 <FigureCallout index>: there is no figure 2: the entry has 1 figure (expected a position from 1 to 1, counted in the entry’s figures list, such as index={1})',
    ]);
  });

  it('catches a misspelt component or prop, and a Quote without speaker or source', () => {
    expect(check('<Qoute speaker="foro-penal" source={1}>x</Qoute>\n<Cite sourse={1} />\n<Quote>x</Quote>')).toEqual([
      `16 <Qoute>: unknown component (did you mean <Quote>? expected one of ${EDITOR_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')})`,
      '17 <Cite sourse>: unknown prop (did you mean source? expected one of source)',
      '17 <Cite source>: is missing (expected the number of one of the entry’s sources, from 1 to 1, such as source={1})',
      '18 <Quote speaker>: is missing (expected the id of an actor in content/actors.yaml, such as "alfredo-romero")',
      '18 <Quote source>: is missing (expected the number of one of the entry’s sources, from 1 to 1, such as source={1})',
    ]);
  });

  it('checks a chart’s metric and topic against metrics.yaml', () => {
    expect(check('<CountsChart metric="releases-verifed" />\n<CountsChart topic="arrests" />')).toEqual([
      '16 <CountsChart metric>: unknown metric "releases-verifed" (did you mean "releases-verified"? expected an id from content/metrics.yaml)',
      '17 <CountsChart topic>: unknown topic "arrests" (expected a topic that metrics in content/metrics.yaml have: releases)',
    ]);
  });
});

describe('the real entry that uses <Quote>', () => {
  const text = readFileSync(resolve(ROOT, 'content/events/2026-02-19-rodriguez-signs-amnesty-law.mdx'), 'utf8');

  it('quotes Delcy Rodríguez’s words exactly as the source has them, attributed to the international report', () => {
    expect(text).toContain('described it as <Quote speaker="delcy-rodriguez" source={2} translated>an act of greatness</Quote>, according to the international report.');
    const sources = text.split('\n').filter((line) => line.startsWith('  - outlet:'));
    expect(sources[1]).toContain('International news report');
  });
});
