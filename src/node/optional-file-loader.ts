import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { existsSync } from 'node:fs';

/**
 * Astro's file() loader for a data file that may not exist yet (an edition's translations of
 * actors, places or metrics): a missing file is an empty collection, and `npm run check` lists
 * what is missing as a warning, rather than the build failing before any page is drawn.
 */
export function optionalFile(path: string): Loader {
  const inner = file(path);
  return {
    name: 'optional-file',
    load: async (context) => {
      if (existsSync(path)) await inner.load(context);
      else context.store.clear();
    },
  };
}
