// Takes full-page screenshots of built pages, for a person to look at:
//   node scripts/screenshot.ts [dist] [outDir] path[@width][:dark] ...
// e.g. node scripts/screenshot.ts dist shots / @360 /events/x/@1280:dark '/@360~.chart--counts'
// A `~selector` suffix shoots that element only.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const [dist = 'dist', outDir = 'screenshots', ...targets] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const target of targets.length ? targets : ['/']) {
    const match = /^(.*?)(?:@(\d+))?(:dark)?(?:~(.+))?$/.exec(target)!;
    const [, path = '/', width = '1280', dark, selector] = match;
    const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    // Photos below the fold load lazily, when scrolled near: load every one before the shot.
    await page.evaluate(() => Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))));
    const name = `${`${path}${selector ?? ''}`.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
    if (selector) await page.locator(selector).first().screenshot({ path: `${outDir}/${name}` });
    else await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
