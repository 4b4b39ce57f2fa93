import { PHOTO_EXTENSIONS, PHOTO_FOLDER, PHOTO_MAX_BYTES } from '../schema/photo.ts';
import { problem, type ParsedEntry } from './entry.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';
import { closest } from './zod-issues.ts';

/**
 * An entry's photo file: a path relative to the entry, to a file beside it or in content/images/,
 * that exists, is a photo and is at most 10 MB. Never an address on another host: the site makes
 * no request to one, and keeps only photos whose rights it has. The words (alt, credit) are the
 * schema's to check.
 */

/** A file that is not text: a photo beside the entries or in content/images/, with its size. */
export interface ContentAsset {
  /** Path from the project root, with forward slashes. */
  path: string;
  bytes: number;
}

export interface PhotoContext {
  /** The content folder, relative to the project root ("content"). */
  dir: string;
  /** Every photo there is, by path. */
  photos: ReadonlyMap<string, number>;
}

const EXTENSION = new RegExp(`\\.(?:${PHOTO_EXTENSIONS.join('|')})$`, 'i');

/** Whether a file is a photo by its name (so not an entry, nor a file the check reads as text). */
export const isPhotoFile = (path: string) => EXTENSION.test(path);

/** `a/b/../c/./d` → `a/c/d`; a path that starts above the root (a content folder elsewhere) keeps its leading `../`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** How an entry's src reaches content/images/<name>: "../images/<name>", "../../images/<name>" from a subfolder. */
function fromEntryToImages(entryFile: string, dir: string, name: string): string {
  const depth = folderOf(entryFile).slice(dir.length).split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${PHOTO_FOLDER}/${name}`;
}

const EXPECTED = 'expected a photo of the site’s own beside the entry, src: ./photo.jpg, or in content/images/, src: ../images/photo.jpg';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** What is wrong with one photo's src, as written; undefined when it is a file the site can show. */
export function photoSrcProblem(src: string, entryFile: string, context: PhotoContext): string | undefined {
  const value = src.trim();
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) {
    return `"${value}" is a remote address: the site makes no request to another host, and shows only photos it keeps with the entry (${EXPECTED}, after making sure the credit says the site may use it)`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return `"${value}" is not a file (${EXPECTED})`;
  if (value.startsWith('/')) return `"${value}" starts at the root of the disk or site (${EXPECTED}: a path from the entry’s own folder)`;
  if (!isPhotoFile(value)) return `"${value}" is not a photo the site can show (expected a ${PHOTO_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} file)`;
  const dir = context.dir === '.' ? '' : `${context.dir}/`;
  const path = normalise(folderOf(entryFile) + value);
  if (!path.startsWith(dir)) {
    return `"${value}" points outside the content folder ${dir} (${EXPECTED})`;
  }
  const bytes = context.photos.get(path);
  if (bytes === undefined) {
    const here = folderOf(entryFile);
    const images = `${dir}${PHOTO_FOLDER}/`;
    const name = value.split('/').pop()!;
    // A likely slip: the same name in the other place, or a name a typo away in either.
    const candidates = [...context.photos.keys()].filter((other) => other.startsWith(here) || other.startsWith(images));
    const byName = new Map(candidates.map((other) => [other.split('/').pop()!, other]));
    const found = context.photos.has(images + name) ? images + name : byName.get(closest(name, [...byName.keys()]) ?? '');
    const guess = found && (found.startsWith(here) ? `./${found.slice(here.length)}` : fromEntryToImages(entryFile, dir, found.slice(images.length)));
    return `"${value}" is not there: there is no file ${path} (${guess ? `did you mean src: ${guess}? ` : ''}${EXPECTED})`;
  }
  if (bytes > PHOTO_MAX_BYTES) {
    return `${path} is ${megabytes(bytes)}, more than the ${megabytes(PHOTO_MAX_BYTES)} a photo may be (expected a smaller copy: 2,400 pixels wide is more than any page shows)`;
  }
  return undefined;
}

/** The problem with an entry's photo file, at the line of `image.src`. */
export function photoProblems(entry: ParsedEntry, context: PhotoContext): Problem[] {
  const image = entry.data.image;
  if (!image || typeof image !== 'object') return [];
  const src = (image as Record<string, unknown>).src;
  if (typeof src !== 'string') return [];
  const message = photoSrcProblem(src, entry.file, context);
  return message ? [problem('error', entry.file, entry.source.lineOf(['image', 'src']), 'image.src', message)] : [];
}

/**
 * A translation's photo words (`image: { alt, caption }`): only for a photo the entry has, a caption
 * only where it has one; with warnings, an alt or caption the entry has and the translation lacks.
 */
export function photoTranslationProblems(file: string, source: YamlSource, words: Record<string, unknown>, entry: ParsedEntry, warnings: boolean): Problem[] {
  const translated = (words.image && typeof words.image === 'object' ? words.image : undefined) as Record<string, unknown> | undefined;
  const original = (entry.data.image && typeof entry.data.image === 'object' ? entry.data.image : undefined) as Record<string, unknown> | undefined;
  if (translated && !original) {
    return [problem('error', file, source.lineOf(['image']), 'image', `translates a photo that ${entry.file} does not have (expected image only where the entry has a photo)`)];
  }
  if (!original) return [];
  const problems: Problem[] = [];
  if (translated?.caption !== undefined && original.caption === undefined) {
    problems.push(problem('error', file, source.lineOf(['image', 'caption']), 'image.caption', `translates a caption that the photo of ${entry.file} does not have (expected a caption only where the entry's photo has one)`));
  }
  if (!warnings) return problems;
  for (const field of ['alt', 'caption'] as const) {
    if (original[field] === undefined || translated?.[field] !== undefined) continue;
    problems.push(problem('warning', file, source.lineOf(translated ? ['image'] : []), `image.${field}`, `is not translated: readers of this edition will ${field === 'alt' ? 'hear' : 'read'} the photo's ${field} in the entry's language (expected image: { ${field}: "…" })`));
  }
  return problems;
}
