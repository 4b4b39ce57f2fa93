import { getCollection, render } from 'astro:content';
import { SOURCE_LOCALE, type Locale } from '../lib/i18n/strings.ts';
import type { Body } from './content.ts';

/** An entry's or a page's MDX, ready to render: `<Content />` and the file it comes from. */
export async function renderBody(body: Body) {
  const { Content } = await render(body as Parameters<typeof render>[0]);
  return { Content, file: body.filePath };
}

/**
 * The about page's own words in an edition: content/about.mdx, or content/<lang>/about.mdx in
 * another edition (the source edition's words where it has none). Undefined for content without
 * an about text (the fixtures of the build tests).
 */
export async function aboutText(locale: Locale) {
  const [own] = locale === SOURCE_LOCALE ? [] : await getCollection(`${locale}-about` as 'about');
  const [source] = await getCollection('about');
  const body = own ?? source;
  return body && renderBody(body as Body);
}
