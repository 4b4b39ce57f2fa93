import type { z } from 'astro/zod';
import { parsePartialDate, todayUtc, type PartialDate } from '../dates.ts';
import { actorSchema } from '../schema/actor.ts';
import { crossFieldIssues, eventSchema } from '../schema/event.ts';
import { idPattern } from '../schema/fields.ts';
import { metricSchema } from '../schema/metric.ts';
import { placeSchema } from '../schema/place.ts';
import { bodyProblems } from './body-problems.ts';
import { componentProblems } from './component-uses.ts';
import type { ParsedEntry } from './entry.ts';
import { photoProblems, type ContentAsset } from './photo-rules.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseMdxBody } from './mdx-parse.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { duplicateTitleProblems, futureDateProblems, futureInstantProblems } from './rules.ts';
import { translationProblems, type TranslationFiles } from './translations.ts';
import { entryWarnings } from './warnings.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { closest, describeIssues } from './zod-issues.ts';

export interface ContentFile {
  /** Path from the project root, with forward slashes. */
  path: string;
  text: string;
}

/** Every file the content check reads. A data file that does not exist is passed as null. */
export interface ContentFiles {
  events: ContentFile[];
  actors: ContentFile | null;
  places: ContentFile | null;
  metrics: ContentFile | null;
  /** The content folder relative to the project root, for naming files that are missing. Default "content". */
  dir?: string;
  /** Each other edition's words: content/<lang>/. */
  translations?: TranslationFiles[];
  /** The photos beside the entries and in content/images/, with their sizes. */
  assets?: readonly ContentAsset[];
}

/** What else to check besides the schemas and references, which are always checked. */
export interface CheckOptions {
  /**
   * Today, as "YYYY-MM-DD" in UTC. With it, a date after today in a published entry is an error.
   * The scripts pass the real date; tests pass a fixed one, so they give the same answer every day.
   * Given `now` and not `today`, today is the day of `now` in UTC.
   */
  today?: string;
  /**
   * Now, as an instant. With it, an `added` time (or a correction's time) after now, in a published
   * entry, is an error. `npm run check` passes the real time; tests pass a fixed one.
   */
  now?: Date;
  /** Also report warnings (a source without url or note, a summary too long for link previews, a TODO left in). */
  warnings?: boolean;
}

/** The data files, by their names inside the content folder. */
export const DATA_FILES = {
  actors: 'actors.yaml',
  places: 'places.yaml',
  metrics: 'metrics.yaml',
} as const;

/** The slug of an event: its file name without folder or extension. */
export function slugOf(path: string): string {
  return path.split('/').pop()!.replace(/\.[^.]+$/, '');
}

class ProblemList {
  readonly items: Problem[] = [];
  error(file: string, line: number, field: string, message: string) {
    this.items.push({ file, line, field, message, severity: 'error' });
  }
}

function schemaProblems(
  problems: ProblemList,
  file: string,
  source: YamlSource,
  schema: z.ZodType,
  data: unknown,
  prefix: FieldPath = [],
  extra: (raw: Record<string, unknown>) => { path: FieldPath; message: string }[] = () => [],
) {
  const result = schema.safeParse(data);
  const issues = result.success ? [] : describeIssues(schema, result.error.issues, data, (p) => source.rawOf([...prefix, ...p]));
  if (!result.success && data && typeof data === 'object') {
    // zod skips cross-field rules once a field has failed; apply them anyway so every problem shows at once.
    const reported = new Set(issues.map((issue) => formatFieldPath(issue.path)));
    for (const issue of extra(data as Record<string, unknown>)) {
      if (!reported.has(formatFieldPath(issue.path))) issues.push(issue);
    }
  }
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    problems.error(file, source.lineOf(path), formatFieldPath(path), issue.message);
  }
  return result.success;
}

/** Reads one data file (a YAML map from id to record) and returns the ids it defines. */
function checkDataFile(problems: ProblemList, file: ContentFile | null, expectedPath: string, schema: z.ZodType): Map<string, Record<string, unknown>> {
  const records = new Map<string, Record<string, unknown>>();
  if (!file) {
    problems.error(expectedPath, 1, 'file', `is missing (expected a YAML file that maps ids to records)`);
    return records;
  }
  const source = parseYamlSource(file.text);
  for (const error of source.errors) problems.error(file.path, error.line, 'yaml', `${error.message} (expected valid YAML)`);
  if (source.errors.length) return records;
  const data = source.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.error(file.path, 1, 'file', 'expected a map from ids to records, such as "foro-penal:" followed by its indented fields');
    return records;
  }
  for (const [id, record] of Object.entries(data as Record<string, unknown>)) {
    if (!idPattern.test(id)) {
      problems.error(file.path, source.lineOf([id]), id, `"${id}" is not a valid id (expected lowercase letters, digits and hyphens, such as "foro-penal")`);
    }
    schemaProblems(problems, file.path, source, schema, record, [id]);
    records.set(id, (record ?? {}) as Record<string, unknown>);
  }
  return records;
}

function referenceMessage(kind: string, id: unknown, known: Map<string, unknown>, file: string): string {
  const guess = typeof id === 'string' ? closest(id, [...known.keys()]) : undefined;
  return `unknown ${kind} "${String(id)}" (${guess ? `did you mean "${guess}"? ` : ''}expected an id from ${file}, or add it there)`;
}

/**
 * Checks all content at once: the schema of every entry and data file, every reference between
 * them, and the rules across entries. Returns every problem found, never only the first.
 */
export function checkContent(files: ContentFiles, options: CheckOptions = {}): Problem[] {
  const problems = new ProblemList();
  let today: PartialDate | undefined;
  if (options.today !== undefined) {
    const given = parsePartialDate(options.today);
    if (!given.ok || given.date.precision !== 'day') throw new Error(`checkContent(): today must be a day as "YYYY-MM-DD", not ${JSON.stringify(options.today)}`);
    today = given.date;
  } else if (options.now) {
    today = todayUtc(options.now);
  }
  const now = options.now?.getTime();
  if (now !== undefined && Number.isNaN(now)) throw new Error('checkContent(): now must be a valid Date');
  /** Entries whose frontmatter is readable, for the rules across entries; a file whose slug another file has is left out, as it is already blamed. */
  const parsed: ParsedEntry[] = [];
  const dataPath = (name: string) => `${files.dir ?? 'content'}/${name}`;
  const actorsPath = dataPath(DATA_FILES.actors);
  const placesPath = dataPath(DATA_FILES.places);
  const metricsPath = dataPath(DATA_FILES.metrics);
  const actors = checkDataFile(problems, files.actors, actorsPath, actorSchema);
  const places = checkDataFile(problems, files.places, placesPath, placeSchema);
  const metrics = checkDataFile(problems, files.metrics, metricsPath, metricSchema);

  if (files.actors) {
    const source = parseYamlSource(files.actors.text);
    for (const [id, actor] of actors) {
      if (actor.memberOf !== undefined && !actors.has(String(actor.memberOf))) {
        problems.error(files.actors.path, source.lineOf([id, 'memberOf']), `${id}.memberOf`, referenceMessage('actor', actor.memberOf, actors, actorsPath));
      }
    }
  }

  const slugs = new Map<string, string>();
  for (const file of [...files.events].sort((a, b) => a.path.localeCompare(b.path))) {
    const slug = slugOf(file.path);
    if (!file.path.endsWith('.mdx')) {
      problems.error(file.path, 1, 'file', `is not an .mdx file, so it would not be published (expected ${slug}.mdx)`);
      // A stray .txt or image says nothing more useful; a misnamed .md entry is still worth checking.
      if (!file.path.endsWith('.md')) continue;
    }
    if (!idPattern.test(slug)) {
      problems.error(file.path, 1, 'file', `"${slug}" is not a valid slug (expected lowercase letters, digits and hyphens, such as 2026-02-19-amnesty-law-passed.mdx)`);
    }
    const first = slugs.get(slug);
    const duplicate = first !== undefined;
    if (first) {
      problems.error(file.path, 1, 'file', `slug "${slug}" is already used by ${first} (expected every event to have its own file name)`);
    } else {
      slugs.set(slug, file.path);
    }

    const { yaml, yamlFirstLine, body } = splitFrontmatter(file.text);
    if (yaml === null) {
      problems.error(file.path, 1, 'frontmatter', 'is missing (expected the fields between two --- lines at the top of the file)');
      continue;
    }
    const source = parseYamlSource(yaml, yamlFirstLine);
    for (const error of source.errors) problems.error(file.path, error.line, 'yaml', `${error.message} (expected valid YAML)`);
    if (source.errors.length) continue;
    schemaProblems(problems, file.path, source, eventSchema, source.data, [], crossFieldIssues);

    const data = (source.data && typeof source.data === 'object' ? source.data : {}) as Record<string, unknown>;
    if (!duplicate) {
      const bodyFirstLine = (file.text.slice(0, file.text.length - body.length).match(/\n/g) ?? []).length + 1;
      parsed.push({ file: file.path, slug, data, source, body, bodyFirstLine, tree: parseMdxBody(body, bodyFirstLine) });
    }
    const checkRefs = (field: string, known: Map<string, unknown>, kind: string, knownFile: string) => {
      const list = data[field];
      if (!Array.isArray(list)) return;
      list.forEach((id, index) => {
        if (typeof id === 'string' && !known.has(id)) {
          problems.error(file.path, source.lineOf([field, index]), formatFieldPath([field, index]), referenceMessage(kind, id, known, knownFile));
        }
      });
    };
    checkRefs('actors', actors, 'actor', actorsPath);
    checkRefs('places', places, 'place', placesPath);
    if (Array.isArray(data.figures)) {
      data.figures.forEach((figure: unknown, index) => {
        if (!figure || typeof figure !== 'object') return;
        const { metric, claimant } = figure as Record<string, unknown>;
        if (typeof metric === 'string' && !metrics.has(metric)) {
          const path = ['figures', index, 'metric'];
          problems.error(file.path, source.lineOf(path), formatFieldPath(path), referenceMessage('metric', metric, metrics, metricsPath));
        }
        if (typeof claimant === 'string' && !actors.has(claimant)) {
          const path = ['figures', index, 'claimant'];
          problems.error(file.path, source.lineOf(path), formatFieldPath(path), referenceMessage('claimant', claimant, actors, actorsPath));
        }
      });
    }
  }

  problems.items.push(...duplicateTitleProblems(parsed));
  // A link from a published entry to a draft would lead readers to a page that is not built.
  const publishedSlugs = new Set(parsed.filter((entry) => entry.data.draft !== true).map((entry) => entry.slug));
  const allSlugs = new Set(parsed.map((entry) => entry.slug));
  const components = { actors, metrics, actorsPath, metricsPath };
  const photos = { dir: files.dir ?? 'content', photos: new Map((files.assets ?? []).map((asset) => [asset.path, asset.bytes])) };
  for (const entry of parsed) {
    problems.items.push(...photoProblems(entry, photos));
    if (today) problems.items.push(...futureDateProblems(entry, today));
    if (now !== undefined) problems.items.push(...futureInstantProblems(entry, now));
    problems.items.push(...bodyProblems(entry, entry.data.draft === true ? allSlugs : publishedSlugs));
    problems.items.push(...componentProblems(entry, components));
    if (options.warnings) problems.items.push(...entryWarnings(entry));
  }
  const entries = new Map(parsed.map((entry) => [entry.slug, entry]));
  for (const edition of files.translations ?? []) {
    problems.items.push(...translationProblems(edition, { entries, actors, places, metrics, components, slugs: publishedSlugs }, options.warnings ?? false));
  }
  return problems.items;
}
