import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { DATA_FILES, type ContentFile, type ContentFiles } from '../lib/content-check/index.ts';

/**
 * Where the content lives: `content/` at the project root, or the folder named by CONTENT_DIR
 * (the benchmark and the build tests point it at generated or fixture content).
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

async function readIfPresent(root: string, dir: string, name: string): Promise<ContentFile | null> {
  const full = join(dir, name);
  try {
    return { path: relative(root, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads every file the content check needs. Every file under events/ is read, whatever its extension, so none is dropped unseen. */
export async function readContentFiles(root: string = process.cwd()): Promise<ContentFiles> {
  const dir = contentDir(root);
  const eventsDir = join(dir, 'events');
  const names = await readdir(eventsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const events = await Promise.all(
    names
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(root, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
      }),
  );
  const dataFile = (name: string) => readIfPresent(root, dir, name);
  return {
    dir: relative(root, dir).split(sep).join('/') || '.',
    events,
    actors: await dataFile(DATA_FILES.actors),
    places: await dataFile(DATA_FILES.places),
    metrics: await dataFile(DATA_FILES.metrics),
  };
}
