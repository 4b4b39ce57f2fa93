import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  /** Where the tests start: the server's address and `start` ("en/" for the English edition). */
  url: string;
}

/**
 * A built site served on 127.0.0.1 and Debian's Chromium, for the tests of one file: started
 * before them, stopped after them.
 */
export function useSite(dist: string, start = ''): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([serveStatic(dist), launchChromium()]);
    session.url = new URL(start, session.server.url).href;
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
