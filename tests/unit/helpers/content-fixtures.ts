/**
 * Reads fixture content folders the way `npm run check:content` reads the real one: through
 * readContentFiles with CONTENT_DIR pointed at the fixture, so the file walk is the real one too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../../../src/node/content-files.ts';
import type { ContentFile, ContentFiles } from '../../../src/lib/content-check/index.ts';

export const FIXTURES_ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Error fixtures live here; their paths in problems read "<fixture>/events/<file>". */
export const ERRORS_ROOT = fileURLToPath(new URL('../../fixtures/content-errors/', import.meta.url));

/** readContentFiles(root) with CONTENT_DIR set to `dir` for the duration of the call. */
export async function readWithContentDir(root: string, dir: string): Promise<ContentFiles> {
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    return await readContentFiles(root);
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  }
}

/**
 * One folder under tests/fixtures/content-errors/. A fixture that has no actors.yaml, places.yaml
 * or metrics.yaml of its own gets the valid one from _shared/, read as if it had been copied into
 * the fixture (so its path, like every message that names it, reads "<fixture>/actors.yaml").
 */
export async function readErrorFixture(name: string): Promise<ContentFiles> {
  const files = await readWithContentDir(ERRORS_ROOT, name);
  const shared = await readWithContentDir(ERRORS_ROOT, '_shared');
  const copied = (file: ContentFile | null) => file && { path: file.path.replace(/^_shared\//, `${name}/`), text: file.text };
  return {
    ...files,
    actors: files.actors ?? copied(shared.actors),
    places: files.places ?? copied(shared.places),
    metrics: files.metrics ?? copied(shared.metrics),
  };
}

/** tests/fixtures/content-valid/, with paths such as "content-valid/events/2024-political-prisoners.mdx". */
export function readValidFixture(): Promise<ContentFiles> {
  return readWithContentDir(FIXTURES_ROOT, 'content-valid');
}

function sharedDataFile(name: string): ContentFile {
  return { path: `content/${name}`, text: readFileSync(`${ERRORS_ROOT}_shared/${name}`, 'utf8') };
}

/** Content made of the given event texts (keyed by path) and the valid shared data files. */
export function withSharedData(events: Record<string, string>, data: Partial<Omit<ContentFiles, 'events'>> = {}): ContentFiles {
  return {
    events: Object.entries(events).map(([path, text]) => ({ path, text })),
    actors: sharedDataFile('actors.yaml'),
    places: sharedDataFile('places.yaml'),
    metrics: sharedDataFile('metrics.yaml'),
    ...data,
  };
}

/** The `added` line every valid event ends its frontmatter with: the evening of the day of the events it is used with. */
export const ADDED = 'added: "2026-01-08T18:30:00-04:00"\n';

/**
 * A valid event whose frontmatter holds `extra` (YAML lines, each ending in \n), then ADDED.
 * Its own fields sit on lines 2–6, so the first line of `extra` is line 7 of the file.
 */
export function eventText(extra = 'date: "2026-01-08"\n', body = '\nBody.\n', added = ADDED): string {
  return `---\ntitle: Releases begin\nsummary: The first political prisoners are released.\ncategory: release\nsources:\n  - outlet: Reuters\n${extra}${added}---\n${body}`;
}
