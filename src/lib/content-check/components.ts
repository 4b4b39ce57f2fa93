import { literalValue, walkBody, type BodyNode } from './mdx-tree.ts';

/**
 * The editor components an entry's body may use without importing them, and the rules for their
 * props. Shared by the content check (which reads the MDX text and names the line) and by the
 * components themselves (which refuse to render a quotation of an unknown speaker, say), so both
 * say the same thing in the same words.
 */

/** Every component an editor can write in an entry, with its props and what each expects. */
export const EDITOR_COMPONENTS = {
  Quote: {
    about: 'A quotation, attributed to a speaker and to one of the entry’s numbered sources.',
    props: {
      speaker: { required: true, expects: 'the id of an actor in content/actors.yaml, such as "alfredo-romero"' },
      source: { required: true, expects: 'the number of one of the entry’s sources, in braces, such as source={1}' },
      translated: { required: false, expects: 'nothing (write the word translated when the words were translated)' },
      block: { required: false, expects: 'nothing (write the word block to set the quotation apart as its own paragraph)' },
    },
  },
  FigureCallout: {
    about: 'One of the entry’s figures, set apart: value, what it counts, who claims it, as of when.',
    props: {
      index: { required: false, expects: 'the position of the figure in the entry’s figures, counted from 1, such as index={1}' },
      metric: { required: false, expects: 'the metric id of one of the entry’s figures, such as metric="releases-verified"' },
    },
  },
  Cite: {
    about: 'An inline citation [1] that links to the entry’s numbered source.',
    props: {
      source: { required: true, expects: 'the number of one of the entry’s sources, in braces, such as source={1}' },
    },
  },
  EditorNote: {
    about: 'A boxed note from the editors, e.g. on what is not yet known.',
    props: {},
  },
  CountsChart: {
    about: 'The competing-counts chart, drawn from the figures of all entries.',
    props: {
      topic: { required: false, expects: 'a metric topic from content/metrics.yaml, such as "releases"' },
      metric: { required: false, expects: 'one metric id from content/metrics.yaml, or several separated by commas' },
      gap: { required: false, expects: 'gap={false} to leave out the comparison below the chart' },
    },
  },
} as const satisfies Record<string, { about: string; props: Record<string, { required: boolean; expects: string }> }>;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;
export const EDITOR_COMPONENT_NAMES = Object.keys(EDITOR_COMPONENTS) as EditorComponentName[];

export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A number written as source={2}, or as source="2" by mistake: both mean 2. */
function asCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** The speaker of a quotation: an actor id that content/actors.yaml defines. */
export function resolveSpeaker<T>(speaker: unknown, actors: ReadonlyMap<string, T>, suggest?: (id: string) => string | undefined): Resolved<T> {
  const expects = EDITOR_COMPONENTS.Quote.props.speaker.expects;
  if (speaker === undefined || speaker === '') return { ok: false, problem: `is missing (expected ${expects})` };
  const actor = typeof speaker === 'string' ? actors.get(speaker) : undefined;
  if (actor !== undefined) return { ok: true, value: actor };
  const guess = typeof speaker === 'string' ? suggest?.(speaker) : undefined;
  return { ok: false, problem: `unknown actor "${String(speaker)}" (${guess ? `did you mean "${guess}"? ` : ''}expected ${expects}, or add it there)` };
}

/** A source number: 1 for the first source the entry lists, and so on. */
export function resolveSource<T>(source: unknown, sources: readonly T[]): Resolved<{ number: number; source: T }> {
  const expects = `the number of one of the entry’s sources, from 1 to ${sources.length}, such as source={1}`;
  if (source === undefined) return { ok: false, problem: `is missing (expected ${expects})` };
  const number = asCount(source);
  if (number === undefined) return { ok: false, problem: `found ${JSON.stringify(source)} (expected ${expects})` };
  const found = sources[number - 1];
  if (number < 1 || found === undefined) {
    const has = sources.length === 1 ? 'the entry lists 1 source' : `the entry lists ${sources.length} sources`;
    return { ok: false, problem: `there is no source ${number}: ${has} (expected ${expects})` };
  }
  return { ok: true, value: { number, source: found } };
}

/**
 * One of the entry's figures, chosen by its position (index={1} is the first) or by its metric id,
 * which must then match exactly one figure.
 */
export function resolveFigure<T extends { metric: string | { id: string } }>(
  choice: { index?: unknown; metric?: unknown },
  figures: readonly T[],
): Resolved<{ index: number; figure: T }> & { prop?: 'index' | 'metric' } {
  const metricOf = (figure: T) => (typeof figure.metric === 'string' ? figure.metric : figure.metric.id);
  const count = figures.length === 1 ? '1 figure' : `${figures.length} figures`;
  if (choice.index !== undefined && choice.metric !== undefined) {
    return { ok: false, prop: 'index', problem: 'and metric are both given (expected one of them: index={1} or metric="…")' };
  }
  if (choice.index !== undefined) {
    const index = asCount(choice.index);
    const expects = figures.length
      ? `a position from 1 to ${figures.length}, counted in the entry’s figures list, such as index={1}`
      : 'a figure in the entry’s frontmatter first: the entry has none';
    if (index === undefined) return { ok: false, prop: 'index', problem: `found ${JSON.stringify(choice.index)} (expected ${expects})` };
    const figure = figures[index - 1];
    if (index < 1 || figure === undefined) {
      return { ok: false, prop: 'index', problem: `there is no figure ${index}: the entry has ${count} (expected ${expects})` };
    }
    return { ok: true, value: { index, figure } };
  }
  if (choice.metric !== undefined) {
    const ids = figures.map(metricOf);
    const matches = ids.flatMap((id, i) => (id === choice.metric ? [i] : []));
    if (matches.length === 1) return { ok: true, value: { index: matches[0]! + 1, figure: figures[matches[0]!]! } };
    if (matches.length > 1) {
      const positions = matches.map((i) => i + 1).join(' and ');
      return { ok: false, prop: 'metric', problem: `"${String(choice.metric)}" matches figures ${positions} (expected index={${matches[0]! + 1}} or another index, to choose one)` };
    }
    const known = ids.length ? `one of the entry’s figures: ${[...new Set(ids)].join(', ')}` : 'a figure in the entry’s frontmatter first: the entry has none';
    return { ok: false, prop: 'metric', problem: `no figure of the entry counts "${String(choice.metric)}" (expected the metric id of ${known})` };
  }
  return { ok: false, prop: 'index', problem: 'is missing (expected index={1} for the first figure, or metric="…" for the figure of that metric)' };
}

/** One use of a component in an entry's body, as written. */
export interface ComponentUse {
  name: string;
  /** The file line of the opening tag. */
  line: number;
  /** Props as written: "text" and {'text'} as strings, {2} as a number, a bare word as true. */
  props: Record<string, string | number | boolean>;
  /** Some prop is written as code, which the body rules refuse: its value is unknown. */
  code: boolean;
}

/**
 * Every use of an editor component (a capitalised tag, such as `<Quote speaker="x" source={1}>`)
 * in a parsed body, with its literal props. Code, in fences or backticks, is text to the parser,
 * so a tag shown there is not a use. A prop written as code is left out: the body rules refuse it.
 */
export function findComponentUses(tree: BodyNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  walkBody(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !/^[A-Z][A-Za-z0-9]*$/.test(node.name)) return;
    const props: ComponentUse['props'] = {};
    let code = false;
    for (const attribute of node.attributes ?? []) {
      const value = attribute.value;
      const literal = value === null || value === undefined ? true : typeof value === 'string' ? value : literalValue(String(value.value));
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined || literal === undefined) code = true;
      else props[attribute.name] = literal;
    }
    uses.push({ name: node.name, line: node.position?.start.line ?? 1, props, code });
  });
  return uses;
}
