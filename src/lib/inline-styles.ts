/**
 * A page's linked stylesheets written into the page itself, each allowed by its hash in the page's
 * Content-Security-Policy: the home page is drawn without waiting for a stylesheet, while every
 * other page keeps the one shared, cached file. `sheets` maps each stylesheet's href to its CSS
 * and the CSP source of its hash ('sha256-…').
 */
export function inlineStylesheets(html: string, sheets: ReadonlyMap<string, { css: string; hash: string }>): string {
  const hashes: string[] = [];
  const inlined = html.replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g, (link, href: string) => {
    const sheet = sheets.get(href);
    if (!sheet) return link;
    // It would end the element early, and escaping it would change the text its hash allows.
    if (/<\/style/i.test(sheet.css)) throw new Error(`${href} holds "</style", so it cannot be written inside a page`);
    hashes.push(`'${sheet.hash}'`);
    return `<style>${sheet.css}</style>`;
  });
  if (!hashes.length) return html;
  return inlined.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/i, (_, start: string, sources: string) => `${start}${sources} ${hashes.join(' ')}`);
}
