import { getViteConfig } from 'astro/config';

// Renders .astro components with Astro's container API, so they need Astro's Vite setup.
export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'], root: new URL('../..', import.meta.url).pathname },
});
