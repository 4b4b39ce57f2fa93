import { z } from 'astro/zod';
import { expecting, text } from './fields.ts';

/**
 * A photo attached to an entry: `image: { src: ./<file>, alt: "…", credit: "…", caption: "…" }`.
 * The words are checked here; the file itself (beside the entry or in content/images/, not remote,
 * at most 10 MB) by the content check, which can see the folder. In the build, `src` is read by
 * Astro's image() helper instead (src/content.config.ts), which gives the picture's size and format.
 */
export function photoSchema<File extends z.ZodType>(file: File) {
  return z.strictObject(
    {
      /** The photo's file, relative to the entry: `./<file>` beside it, or `../images/<file>` in content/images/. JPEG, PNG, WebP or AVIF, at most 10 MB. */
      src: file,
      /** What the photo shows, for readers who cannot see it: who, what, where, in a sentence or two, without "Photo of". */
      alt: text('what the photo shows, in a sentence or two, for readers who cannot see it'),
      /** Who took the photo and on what terms the site may show it: "Jane Doe / Agency, with permission". */
      credit: text('who took the photo and on what terms the site shows it, e.g. "Jane Doe / Agency, with permission"'),
      /** A line shown under the photo on the event page: what the reader cannot see in it (when, where, context). */
      caption: text('a line shown under the photo').optional(),
    },
    expecting('a photo written as image: { src: ./photo.jpg, alt: "…", credit: "…" }, with an optional caption'),
  );
}

/** The photo's file as the editor writes it; where it is and how big is for the content check. */
export const photoFile = () => z.string(expecting('the file of the photo, such as ./photo.jpg, beside the entry or in content/images/'));

/** The photo as the schemas of src/lib see it: every field checked, the file named by its path. */
export const imageSchema = photoSchema(photoFile());

/** The formats a photo may come in (Astro's image service turns each into AVIF, WebP and JPEG). */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** A photo bigger than this (10 MB, as file managers count them) is refused: it slows every build and is far more than a page shows. */
export const PHOTO_MAX_BYTES = 10_000_000;

/** Where a photo may sit besides beside its entry: content/<PHOTO_FOLDER>/. */
export const PHOTO_FOLDER = 'images';
