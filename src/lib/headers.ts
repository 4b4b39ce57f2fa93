/**
 * The HTTP headers a static host should send with the built site, as a `_headers` file (the
 * format of Netlify and Cloudflare Pages; the README gives the same for other hosts). Written
 * from the folders actually built, so that each path matches exactly one framing rule: no one may
 * frame the site, except the embeds, which any newsroom may.
 */
export const SECURITY_HEADERS: readonly [string, string][] = [
  // A reader's visit is nobody else's business: no Referer to any site they go on to.
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

const DENY_FRAMING: readonly [string, string][] = [
  ['Content-Security-Policy', "frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
];

const ALLOW_FRAMING: readonly [string, string][] = [['Content-Security-Policy', 'frame-ancestors *']];

/** Hashed file names never change content: cache them for a year. */
const IMMUTABLE: readonly [string, string][] = [['Cache-Control', 'public, max-age=31536000, immutable']];

export interface HeaderRule {
  path: string;
  headers: readonly [string, string][];
}

/**
 * The rules for a site under `base`, from the paths of the files built (relative to dist/). Each
 * top-level folder or file gets its own rule (inside an edition's folder such as es/, each of
 * its entries), so that no path matches two framing rules.
 */
export function headerRules(base: string, files: readonly string[], locales: readonly string[] = []): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rule = (prefix: string, entry: string, isFolder: boolean): HeaderRule => ({
    path: `${root}${prefix}${entry}${isFolder ? '/*' : ''}`,
    headers: [...SECURITY_HEADERS, ...(entry === 'embed' ? ALLOW_FRAMING : DENY_FRAMING), ...(entry === '_astro' ? IMMUTABLE : [])],
  });
  const rules = new Map<string, HeaderRule>([[root, { path: root, headers: [...SECURITY_HEADERS, ...DENY_FRAMING] }]]);
  for (const file of files) {
    const [first, ...rest] = file.split('/');
    const inEdition = locales.includes(first!) && rest.length > 0;
    const prefix = inEdition ? `${first}/` : '';
    const [entry, ...below] = inEdition ? rest : [first!, ...rest];
    if (!entry || entry === 'index.html' || entry === '_headers') {
      if (inEdition) rules.set(`${root}${prefix}`, { path: `${root}${prefix}`, headers: [...SECURITY_HEADERS, ...DENY_FRAMING] });
      continue;
    }
    const made = rule(prefix, entry, below.length > 0);
    rules.set(made.path, made);
  }
  return [...rules.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function headersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}
