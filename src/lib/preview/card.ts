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
  /** A picture beside the text: the entry's photo, or else the locator map of its places. */
  picture?: PreviewPicture;
}

/** The photo by its file (read and cropped when the card is drawn), or the map as SVG. */
export type PreviewPicture = { kind: 'photo'; file: string } | { kind: 'map'; svg: string };

/** The picture's panel, at the card's right edge, under the coloured top border. */
export const PREVIEW_PICTURE = { width: 480, height: PREVIEW_SIZE.height - 18 } as const;

/** Behind a map, which is drawn with margins of sea: its own sea colour. */
export const PREVIEW_SEA = '#e8eef3';

export interface PreviewElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | PreviewElement | (string | PreviewElement)[];
    src?: string;
    width?: number;
    height?: number;
  };
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

/**
 * The card. `pictureSrc` is the picture drawn for `text.picture` (a data: address): the text then
 * takes the left side, in smaller type, and the picture fills the right.
 */
export function previewCard(text: PreviewText, pictureSrc?: string): PreviewElement {
  const meta = [text.dateLine, text.kicker].filter(Boolean).join('  ·  ');
  const narrow = pictureSrc !== undefined;
  const scale = (size: number) => (narrow ? Math.round(size * 0.8) : size);
  const words = el(
    'div',
    {
      ...(narrow ? { width: PREVIEW_SIZE.width - PREVIEW_PICTURE.width, padding: '48px 48px 48px 64px' } : { width: PREVIEW_SIZE.width, padding: '56px 72px' }),
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
    },
    [
      el('div', { display: 'flex', fontSize: scale(30), fontWeight: 700, color: '#55524c' }, text.siteTitle),
      el('div', { display: 'flex', flexDirection: 'column', width: '100%' }, [
        ...(meta ? [el('div', { display: 'flex', fontSize: scale(34), fontWeight: 700, color: '#b03a2e', marginBottom: 20 }, meta)] : []),
        el('div', { display: 'flex', fontSize: scale(titleSize(text.title)), fontWeight: 700, lineHeight: 1.15 }, text.title),
      ]),
      el('div', { display: 'flex', fontSize: scale(28), color: '#55524c' }, text.footer),
    ],
  );
  const picture: PreviewElement | undefined = narrow
    ? {
        type: 'img',
        props: {
          src: pictureSrc,
          width: PREVIEW_PICTURE.width,
          height: PREVIEW_PICTURE.height,
          style: { objectFit: text.picture?.kind === 'map' ? 'contain' : 'cover', backgroundColor: PREVIEW_SEA },
        },
      }
    : undefined;
  return el(
    'div',
    {
      width: PREVIEW_SIZE.width,
      height: PREVIEW_SIZE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'row',
      backgroundColor: '#fdfdfc',
      color: '#1b1b1b',
      fontFamily: 'Noto Sans',
      borderTop: '18px solid #c2410c',
    },
    picture ? [words, picture] : [words],
  );
}
