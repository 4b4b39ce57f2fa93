import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Pixels a side: a tab's 32 px icon on a screen of twice the density. */
const FAVICON_SIZE = 64;

/**
 * The site's icon as a PNG, drawn from public/favicon.svg. Pages link this, not the SVG: Chromium
 * loads a page's icon again at every change of its address (a filter writes it), and an SVG icon
 * is a whole document to build each time: 16–21 ms of a phone-speed main thread, the PNG 5–7 ms.
 */
export const GET: APIRoute = async () => {
  const svg = await readFile(resolve(process.cwd(), 'public/favicon.svg'));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: FAVICON_SIZE } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
