/** A stretch of a search result's excerpt: the page's own words, `found` where they match the query. */
export interface ExcerptPart {
  text: string;
  found: boolean;
}

/**
 * Pagefind's excerpt (the page's text with only `<` and `>` escaped, and `<mark>` around the
 * matched words) as plain stretches of text, for the page to show as text: no HTML is parsed,
 * so nothing in an excerpt can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const found = part.startsWith('<mark>') && part.endsWith('</mark>');
      const text = (found ? part.slice('<mark>'.length, -'</mark>'.length) : part).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      return { text, found };
    });
}
