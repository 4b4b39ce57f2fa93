import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text is sent compressed to a browser that accepts it, as every static host and CDN sends it. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.csv', '.txt']);

/** The rules of a Netlify/Cloudflare-style `_headers` file: a path pattern (`*` for the rest), then its headers. */
function readHeaderRules(dir: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 the way a static host does: `/x/` serves `/x/index.html`,
 * anything missing gets `404.html` with status 404, text is compressed (gzip) for a browser that
 * accepts it, and the headers of the site's `_headers` file are sent, as Netlify or Cloudflare
 * Pages would. No other address is ever involved.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const dir = resolve(root);
  const headerRules = readHeaderRules(dir);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const rule of headerRules) if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/__missing__';
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) file = join(dir, '__missing__');
    try {
      const info = await stat(file);
      if (info.isDirectory()) file = join(file, 'index.html');
      await stat(file);
      const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      });
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).on('error', () => response.end('Not found')).pipe(response);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
