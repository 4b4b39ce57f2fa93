import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A newsroom's article on another origin (another port of 127.0.0.1), with `body` pasted in. */
export async function serveArticle(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1>${body}<p id="after">After the embed.</p></body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
