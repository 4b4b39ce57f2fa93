import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt.ts';

describe('excerptParts(): a search result’s excerpt as text', () => {
  it('keeps the words in order, the matched ones marked', () => {
    expect(excerptParts('prisoners on <mark>hunger</mark> strike, on <mark>hunger</mark>')).toEqual([
      { text: 'prisoners on ', found: false },
      { text: 'hunger', found: true },
      { text: ' strike, on ', found: false },
      { text: 'hunger', found: true },
    ]);
  });

  it('gives back the page’s < and > as they were, and never reads them as markup', () => {
    expect(excerptParts('a &lt;b&gt; tag and <mark>5 &gt; 3</mark>')).toEqual([
      { text: 'a <b> tag and ', found: false },
      { text: '5 > 3', found: true },
    ]);
    // An ampersand is the page's own (Pagefind escapes only < and >): it stays as written.
    expect(excerptParts('AT&amp;T')).toEqual([{ text: 'AT&amp;T', found: false }]);
  });

  it('is empty for an empty excerpt, and one stretch when nothing is marked', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('no match shown')).toEqual([{ text: 'no match shown', found: false }]);
  });
});
