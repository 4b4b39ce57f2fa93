import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { DATA_FILES, isPhotoFile, type ContentAsset, type ContentFile, type ContentFiles, type TranslationFiles } from '../lib/content-check/index.ts';
import { TRANSLATED_LOCALES } from '../lib/i18n/strings.ts';
import { PHOTO_FOLDER } from '../lib/schema/index.ts';

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

const fromRoot = (root: string, full: string) => relative(root, full).split(sep).join('/');

/** Every file under a folder (no hidden ones), with its path from the root. */
async function filesUnder(root: string, folder: string): Promise<{ full: string; path: string }[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return names
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { full, path: fromRoot(root, full) };
    });
}

/** Every file under a folder, whatever its extension, so none is dropped unseen; photos are not entries. */
async function readFolder(root: string, folder: string): Promise<ContentFile[]> {
  const files = (await filesUnder(root, folder)).filter(({ path }) => !isPhotoFile(path));
  return Promise.all(files.map(async ({ full, path }) => ({ path, text: await readFile(full, 'utf8') })));
}

/** The photos an entry may use: beside the entries and in content/images/, each with its size (never read). */
async function readPhotos(root: string, dir: string): Promise<ContentAsset[]> {
  const files = [...(await filesUnder(root, join(dir, 'events'))).filter(({ path }) => isPhotoFile(path)), ...(await filesUnder(root, join(dir, PHOTO_FOLDER)))];
  return Promise.all(files.map(async ({ full, path }) => ({ path, bytes: (await stat(full)).size })));
}

export async function readContentFiles(root: string = process.cwd()): Promise<ContentFiles> {
  const dir = contentDir(root);
  const dataFile = (name: string) => readIfPresent(root, dir, name);
  return {
    dir: fromRoot(root, dir) || '.',
    events: await readFolder(root, join(dir, 'events')),
    assets: await readPhotos(root, dir),
    actors: await dataFile(DATA_FILES.actors),
    places: await dataFile(DATA_FILES.places),
    metrics: await dataFile(DATA_FILES.metrics),
    translations: await Promise.all(TRANSLATED_LOCALES.map((locale) => readTranslations(root, join(dir, locale), locale))),
  };
}

/** One edition's translations, content/<lang>/: events/*.mdx and the data files. */
async function readTranslations(root: string, dir: string, locale: string): Promise<TranslationFiles> {
  const dataFile = (name: string) => readIfPresent(root, dir, name);
  return {
    locale,
    dir: fromRoot(root, dir),
    events: await readFolder(root, join(dir, 'events')),
    actors: await dataFile(DATA_FILES.actors),
    places: await dataFile(DATA_FILES.places),
    metrics: await dataFile(DATA_FILES.metrics),
  };
}
