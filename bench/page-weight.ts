import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export function weigh(content: string | Buffer): Weight {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli: brotliCompressSync(buffer).length };
}

export function sum(weights: Weight[]): Weight {
  return weights.reduce((total, w) => ({ raw: total.raw + w.raw, gzip: total.gzip + w.gzip, brotli: total.brotli + w.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/** What a page costs a reader: its HTML, the SVG inside it, and every script and stylesheet it loads. */
export function pageWeight(dist: string, page: string, base = '/') {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!.slice(base.length))));
  // Module scripts import their chunks: follow static imports one level at a time.
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const js: Buffer[] = [];
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src.slice(base.length)));
    js.push(code);
    for (const match of code.toString().matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(match[1]!, `http://x${src}`).pathname);
    }
  }
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((match) => match[0]).join('');
  return {
    html: weigh(html),
    svg: weigh(svg),
    js: sum(js.map(weigh)),
    css: sum(css.map(weigh)),
  };
}

/**
 * What a page's HTML is made of: each element directly inside <main> (a plain wrapper <div> is
 * opened one level), its raw and gzip size on its own, so what grows with the number of events shows.
 */
export function htmlComposition(dist: string, page: string): { part: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const main = parseHtml(html).querySelector('main');
  if (!main) return [];
  // An element is named by its tag, id and first class; by all its classes where siblings share those.
  const short = (element: HTMLElement) =>
    `<${element.rawTagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${element.classList.value[0]}` : ''}>`;
  const label = (element: HTMLElement) => {
    const siblings = element.parentNode?.children ?? [];
    if (siblings.filter((sibling) => short(sibling) === short(element)).length < 2) return short(element);
    return `<${element.rawTagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.classList.value.join('.')}>`;
  };
  const parts: { part: string; raw: number; gzip: number }[] = [];
  const small: string[] = [];
  const add = (element: HTMLElement, prefix = '') => {
    const text = element.outerHTML;
    if (text.length < 1024) small.push(text);
    else parts.push({ part: `${prefix}${label(element)}`, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  };
  // An element holding over a quarter of the page is shown by its parts (to three levels), so that
  // the table names what weighs, not only the wrapper around it.
  const mainBytes = main.outerHTML.length;
  const walk = (element: HTMLElement, prefix: string, depth: number) => {
    if (depth < 3 && element.children.length > 1 && element.outerHTML.length > mainBytes / 4) {
      for (const inner of element.children) walk(inner, `${prefix}${label(element)} `, depth + 1);
    } else add(element, prefix);
  };
  for (const child of main.children) walk(child, '', 0);
  if (small.length) parts.push({ part: `smaller elements (< 1 KiB each)`, ...weigh(small.join('')) });
  const outside = html.replace(main.outerHTML, '');
  parts.push({ part: 'outside <main> (head, site header, footer)', ...weigh(outside) });
  return parts;
}
