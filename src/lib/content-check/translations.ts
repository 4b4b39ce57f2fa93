import type { z } from 'astro/zod';
import { actorTranslationSchema, eventTranslationSchema, metricTranslationSchema, placeTranslationSchema } from '../schema/index.ts';
import { bodyProblems } from './body-problems.ts';
import { componentProblems, type ComponentContext } from './component-uses.ts';
import { problem, type ParsedEntry } from './entry.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseMdxBody } from './mdx-parse.ts';
import { photoTranslationProblems } from './photo-rules.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { describeIssues } from './zod-issues.ts';

/** One edition's translation files, as read from content/<lang>/. A data file that does not exist is null. */
export interface TranslationFiles {
  locale: string;
  /** content/<lang>, relative to the project root. */
  dir: string;
  events: { path: string; text: string }[];
  actors: { path: string; text: string } | null;
  places: { path: string; text: string } | null;
  metrics: { path: string; text: string } | null;
}

/** What a translation is checked against: the entries and data of the source edition. */
export interface SourceContent {
  entries: ReadonlyMap<string, ParsedEntry>;
  actors: ReadonlyMap<string, unknown>;
  places: ReadonlyMap<string, unknown>;
  metrics: ReadonlyMap<string, unknown>;
  components: ComponentContext;
  /** Slugs a body may link to. */
  slugs: ReadonlySet<string>;
}

function schemaProblems(file: string, source: YamlSource, schema: z.ZodType, data: unknown, prefix: (string | number)[] = []): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return describeIssues(schema, result.error.issues, data, (path) => source.rawOf([...prefix, ...path])).map((issue) => {
    const path = [...prefix, ...issue.path];
    return problem('error', file, source.lineOf(path), formatFieldPath(path), issue.message);
  });
}

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Checks an edition's translations: each file's schema (only words, never facts), that it
 * translates an entry that exists, that its lists match the entry's item by item, and its body's
 * components and links. A missing translation is a warning: the page shows the source edition's
 * words with a notice, and nothing is lost.
 */
export function translationProblems(files: TranslationFiles, content: SourceContent, warnings: boolean): Problem[] {
  const problems: Problem[] = [];
  // No translation at all (content/<lang>/ does not exist): one warning, not one per entry.
  if (files.events.length === 0 && !files.actors && !files.places && !files.metrics) {
    return warnings && content.entries.size
      ? [problem('warning', files.dir, 1, `translation (${files.locale})`, `is missing: the ${files.locale} edition shows every entry in the entries' own language, with a notice (expected ${files.dir}/events/<slug>.mdx for each entry, see docs/EDITING.md)`)]
      : [];
  }
  const translated = new Set<string>();
  for (const file of files.events) {
    const slug = file.path.split('/').pop()!.replace(/\.[^.]+$/, '');
    const entry = content.entries.get(slug);
    if (!file.path.endsWith('.mdx')) {
      problems.push(problem('error', file.path, 1, 'file', `is not an .mdx file, so it would not be published (expected ${slug}.mdx)`));
      continue;
    }
    if (!entry) {
      problems.push(problem('error', file.path, 1, 'file', `translates "${slug}", and there is no such entry (expected the file name of an entry in content/events/)`));
      continue;
    }
    translated.add(slug);
    const { yaml, yamlFirstLine, body } = splitFrontmatter(file.text);
    if (yaml === null) {
      problems.push(problem('error', file.path, 1, 'frontmatter', 'is missing (expected the translated title and summary between two --- lines at the top of the file)'));
      continue;
    }
    const source = parseYamlSource(yaml, yamlFirstLine);
    for (const error of source.errors) problems.push(problem('error', file.path, error.line, 'yaml', `${error.message} (expected valid YAML)`));
    if (source.errors.length) continue;
    problems.push(...schemaProblems(file.path, source, eventTranslationSchema, source.data));
    const data = (source.data && typeof source.data === 'object' ? source.data : {}) as Record<string, unknown>;
    for (const list of ['figures', 'sources', 'corrections'] as const) {
      if (data[list] === undefined || count(data[list]) === count(entry.data[list])) continue;
      problems.push(
        problem('error', file.path, source.lineOf([list]), list, `has ${count(data[list])} items, and the entry has ${count(entry.data[list])} (expected one item per ${list.slice(0, -1)} of ${entry.file}, in the same order)`),
      );
    }
    if (data.certaintyNote !== undefined && entry.data.certaintyNote === undefined) {
      problems.push(problem('error', file.path, source.lineOf(['certaintyNote']), 'certaintyNote', `translates a note that ${entry.file} does not have (expected certaintyNote only where the entry has one)`));
    }
    if (warnings && entry.data.certaintyNote !== undefined && data.certaintyNote === undefined) {
      problems.push(problem('warning', file.path, 1, 'certaintyNote', `is not translated: readers of this edition will see the note in the entry's language (expected certaintyNote: "…")`));
    }
    problems.push(...photoTranslationProblems(file.path, source, data, entry, warnings));
    const bodyFirstLine = (file.text.slice(0, file.text.length - body.length).match(/\n/g) ?? []).length + 1;
    const parsed: ParsedEntry = { file: file.path, slug, data: { ...entry.data, ...data }, source, body, bodyFirstLine, tree: parseMdxBody(body, bodyFirstLine) };
    problems.push(...bodyProblems(parsed, content.slugs), ...componentProblems(parsed, content.components));
  }
  if (warnings) {
    for (const [slug, entry] of content.entries) {
      if (translated.has(slug) || entry.data.draft === true) continue;
      problems.push(problem('warning', entry.file, 1, `translation (${files.locale})`, `is missing: the ${files.locale} edition shows this entry in its own language, with a notice (expected ${files.dir}/events/${slug}.mdx)`));
    }
  }
  problems.push(
    ...dataTranslationProblems(files.actors, `${files.dir}/actors.yaml`, actorTranslationSchema, content.actors, 'actor', warnings, false),
    ...dataTranslationProblems(files.places, `${files.dir}/places.yaml`, placeTranslationSchema, content.places, 'place', warnings, false),
    ...dataTranslationProblems(files.metrics, `${files.dir}/metrics.yaml`, metricTranslationSchema, content.metrics, 'metric', warnings, true),
  );
  return problems;
}

/** A data file's translations: known ids only; for metrics (what the charts say), every id translated. */
function dataTranslationProblems(
  file: { path: string; text: string } | null,
  expectedPath: string,
  schema: z.ZodType,
  known: ReadonlyMap<string, unknown>,
  kind: string,
  warnings: boolean,
  everyId: boolean,
): Problem[] {
  if (!file) return warnings && known.size ? [problem('warning', expectedPath, 1, 'file', `is missing: the edition shows every ${kind} in the entries' language (expected a YAML map from each ${kind} id to its translated words)`)] : [];
  const source = parseYamlSource(file.text);
  const problems = source.errors.map((error) => problem('error', file.path, error.line, 'yaml', `${error.message} (expected valid YAML)`));
  if (problems.length) return problems;
  const data = (source.data ?? {}) as Record<string, unknown>;
  for (const [id, record] of Object.entries(data)) {
    if (!known.has(id)) problems.push(problem('error', file.path, source.lineOf([id]), id, `translates the ${kind} "${id}", and there is no such ${kind} (expected an id from the ${kind}s of the entries)`));
    else problems.push(...schemaProblems(file.path, source, schema, record, [id]));
  }
  if (warnings && everyId) {
    for (const id of known.keys()) if (!(id in data)) problems.push(problem('warning', file.path, 1, id, `is not translated: charts in this edition will show its label in the entries' language (expected ${id}: with label and definition)`));
  }
  return problems;
}
