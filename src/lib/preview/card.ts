/**
 * The link-preview image of a page (1200 × 630, the size Open Graph and Twitter cards show
 * uncropped), as the element tree satori lays out: plain objects, no JSX and no I/O here.
 */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewText {
  siteTitle: string;
  /** "24 February 2026", or "Around 20–21 February 2026 (inferred)": as honest as the page. */
  dateLine?: string;
  /** The category, or a line such as "Timeline"; shown beside the date. */
  kicker?: string;
  title: string;
  /** A last line, e.g. the site's promise: "Every figure with who claims it". */
  footer: string;
}

export interface PreviewElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | PreviewElement | (string | PreviewElement)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: PreviewElement['props']['children']): PreviewElement => ({
  type,
  props: { style, children },
});

/** Long titles get a smaller size, so that any headline fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 72;
  if (title.length <= 70) return 60;
  if (title.length <= 110) return 50;
  return 42;
}

export function previewCard(text: PreviewText): PreviewElement {
  const meta = [text.dateLine, text.kicker].filter(Boolean).join('  ·  ');
  return el(
    'div',
    {
      width: PREVIEW_SIZE.width,
      height: PREVIEW_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      backgroundColor: '#fdfdfc',
      color: '#1b1b1b',
      fontFamily: 'Noto Sans',
      borderTop: '18px solid #c2410c',
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: '#55524c' }, text.siteTitle),
      el('div', { display: 'flex', flexDirection: 'column', width: '100%' }, [
        ...(meta ? [el('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: '#b03a2e', marginBottom: 20 }, meta)] : []),
        el('div', { display: 'flex', fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.15 }, text.title),
      ]),
      el('div', { display: 'flex', fontSize: 28, color: '#55524c' }, text.footer),
    ],
  );
}
