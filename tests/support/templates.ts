import { readEntries } from './content.ts';

/**
 * One page of every kind the site builds, in each edition, for the checks that must hold on each
 * (accessibility, CSP, requests, markup): a path under the site's root, and a name for test titles.
 */
export function pageTemplates(editions: readonly string[] = ['es', 'en']): { name: string; path: string }[] {
  const [first] = readEntries();
  const kinds = [
    { name: 'home', path: '' },
    { name: 'latest entries', path: 'latest/' },
    { name: 'event page', path: `events/${first!.slug}/` },
    { name: 'about', path: 'about/' },
    { name: 'search, with results', path: 'search/?q=amnesty' },
    { name: 'open data', path: 'data/' },
    { name: 'category page', path: 'categories/release/' },
    { name: 'actor page', path: 'actors/foro-penal/' },
    { name: 'place page', path: 'places/barinas/' },
    { name: 'embed: timeline', path: 'embed/' },
    { name: 'embed: counts', path: 'embed/counts/' },
    { name: 'embed: overview', path: 'embed/overview/' },
    { name: 'embed: map', path: 'embed/map/' },
  ];
  return [
    { name: 'root page', path: '' },
    { name: 'not found', path: 'no-such-page/' },
    ...editions.flatMap((edition) => kinds.map(({ name, path }) => ({ name: `${edition}: ${name}`, path: `${edition}/${path}` }))),
  ];
}
