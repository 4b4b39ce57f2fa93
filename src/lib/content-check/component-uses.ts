import { EDITOR_COMPONENTS, findComponentUses, resolveFigure, resolveSource, resolveSpeaker, type ComponentUse } from './components.ts';
import { problem, type ParsedEntry } from './entry.ts';
import type { Problem } from './problem.ts';
import { closest } from './zod-issues.ts';

/** What the body's components are checked against: the data files, read by the content check. */
export interface ComponentContext {
  actors: ReadonlyMap<string, unknown>;
  metrics: ReadonlyMap<string, Record<string, unknown>>;
  actorsPath: string;
  metricsPath: string;
}

/**
 * Every component in an entry's body that would fail the build or render wrongly: an unknown
 * prop, a speaker who is not in actors.yaml, a source or figure the entry does not have. Reported as `file:line: <Quote speaker>: problem (expected …)`.
 */
export function componentProblems(entry: ParsedEntry, context: ComponentContext): Problem[] {
  const problems: Problem[] = [];
  const sources = Array.isArray(entry.data.sources) ? (entry.data.sources as unknown[]) : [];
  const figures = Array.isArray(entry.data.figures)
    ? (entry.data.figures as unknown[]).map((figure) => ({ metric: String((figure as { metric?: unknown } | null)?.metric ?? '') }))
    : [];
  const report = (use: ComponentUse, prop: string | undefined, message: string) =>
    problems.push(problem('error', entry.file, use.line, prop ? `<${use.name} ${prop}>` : `<${use.name}>`, message));

  if (!entry.tree.ok) return problems;
  for (const use of findComponentUses(entry.tree.tree)) {
    // An unknown component, or a prop written as code, is the body rules' to report (body-rules.ts).
    if (!Object.hasOwn(EDITOR_COMPONENTS, use.name) || use.code) continue;
    const spec = EDITOR_COMPONENTS[use.name as keyof typeof EDITOR_COMPONENTS];
    const known = Object.keys(spec.props);
    for (const prop of Object.keys(use.props)) {
      if (known.includes(prop)) continue;
      const guess = closest(prop, known);
      report(use, prop, `unknown prop (${guess ? `did you mean ${guess}? ` : ''}expected ${known.length ? `one of ${known.join(', ')}` : 'no props'})`);
    }
    const { props } = use;
    if (use.name === 'Quote') {
      const speaker = resolveSpeaker(props.speaker, context.actors, (id) => closest(id, [...context.actors.keys()]));
      if (!speaker.ok) report(use, 'speaker', speaker.problem.replace('content/actors.yaml', context.actorsPath));
    }
    if (use.name === 'Quote' || use.name === 'Cite') {
      const source = resolveSource(props.source, sources);
      if (!source.ok) report(use, 'source', source.problem);
    }
    if (use.name === 'FigureCallout') {
      const figure = resolveFigure({ index: props.index, metric: props.metric }, figures);
      if (!figure.ok) report(use, figure.prop, figure.problem);
    }
    if (use.name === 'CountsChart') {
      const metrics = typeof props.metric === 'string' ? props.metric.split(',').map((id) => id.trim()) : [];
      for (const id of metrics) {
        if (context.metrics.has(id)) continue;
        const guess = closest(id, [...context.metrics.keys()]);
        report(use, 'metric', `unknown metric "${id}" (${guess ? `did you mean "${guess}"? ` : ''}expected an id from ${context.metricsPath})`);
      }
      if (typeof props.topic === 'string') {
        const topics = [...new Set([...context.metrics.values()].map((metric) => metric.topic).filter((topic): topic is string => typeof topic === 'string'))];
        if (!topics.includes(props.topic)) {
          report(use, 'topic', `unknown topic "${props.topic}" (expected a topic that metrics in ${context.metricsPath} have: ${topics.join(', ') || 'none yet'})`);
        }
      }
    }
  }
  return problems;
}
