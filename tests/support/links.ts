import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every built HTML page under a dist folder, as paths relative to it ("events/x/index.html"). */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

const LINKING = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['use', 'href'],
] as const;

/** The internal addresses a page refers to (href and src), as written. */
/** `origin` is the site's own (SITE_URL's scheme, host and port): an absolute address there is internal too. */
export function internalRefs(page: HTMLElement, origin: string): string[] {
  const refs: string[] = [];
  for (const [tag, attribute] of LINKING) {
    for (const element of page.querySelectorAll(tag)) {
      const value = element.getAttribute(attribute);
      if (!value || /^(?:[a-z]+:)?\/\//i.test(value) || /^(?:mailto|tel|data|javascript):/i.test(value)) {
        if (value?.startsWith(origin)) refs.push(value.slice(origin.length));
        continue;
      }
      refs.push(value);
    }
  }
  return refs;
}

/** The file a path under `base` is served from, as a static host does: /x/ → x/index.html. */
export function fileFor(dist: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const file = join(dist, decodeURIComponent(path.slice(base.length)));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) ? file : undefined;
}

/**
 * Every internal link and source of every page that does not resolve: a missing file, an address
 * outside the base path, or an anchor (#id) that the target page does not have.
 */
export function brokenLinks(dist: string, base = '/', origin = 'http://127.0.0.1:4321'): string[] {
  const pages = new Map<string, HTMLElement>();
  const load = (file: string) => {
    if (!pages.has(file)) pages.set(file, parse(readFileSync(file, 'utf8')));
    return pages.get(file)!;
  };
  const broken: string[] = [];
  for (const name of htmlPages(dist)) {
    const file = join(dist, name);
    const pageUrl = `${base}${name.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const ref of internalRefs(load(file), origin)) {
      const url = new URL(ref, `http://site${pageUrl}`);
      const target = url.pathname === new URL(`http://site${pageUrl}`).pathname ? file : fileFor(dist, base, url.pathname);
      if (!target) {
        broken.push(`${relative(dist, file)}: ${ref} (no such file under ${base})`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && !load(target).getElementById(id)) broken.push(`${relative(dist, file)}: ${ref} (no element with id "${id}")`);
    }
  }
  return broken;
}
