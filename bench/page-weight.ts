import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
