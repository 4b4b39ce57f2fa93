import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../src/lib/inline-styles.ts';

const page = (links: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-a=';">${links}</head><body></body>`;

describe('inlineStylesheets()', () => {
  it('puts each known stylesheet inside the page, where its link was, and allows it by its hash', () => {
    const sheets = new Map([['/_astro/style.css', { css: 'body{color:red}', hash: 'sha256-b=' }]]);
    const html = inlineStylesheets(page('<link rel="stylesheet" href="/_astro/style.css">'), sheets);
    expect(html).toContain('<style>body{color:red}</style></head>');
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain("style-src 'self' 'sha256-a=' 'sha256-b=';");
  });

  it('leaves a stylesheet it was not given as a link, and a page without one untouched', () => {
    const other = page('<link rel="stylesheet" href="/_astro/other.css">');
    expect(inlineStylesheets(other, new Map())).toBe(other);
  });

  it('refuses CSS that would end the style element early, rather than change the text its hash allows', () => {
    const sheets = new Map([['/s.css', { css: 'a{content:"</style><script>"}', hash: 'sha256-c=' }]]);
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="/s.css">'), sheets)).toThrow('/s.css holds "</style"');
  });
});
