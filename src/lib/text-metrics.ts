/**
 * Numbers for drawing SVG at build time, where there is no DOM to measure text or lay it out.
 */

/** A coordinate rounded to 0.1 px: finer than any screen shows, and stable in golden files. */
export const round = (value: number) => Math.round(value * 10) / 10;

/**
 * About how wide a line of system-ui text is, in the units of `fontSize`: each character gets a
 * typical advance width. Errs on the wide side.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (/[ilIj.,:;'|!·]/.test(char)) em += 0.3;
    else if (/[ftr()\-\s]/.test(char)) em += 0.38;
    else if (/[mwMW]/.test(char)) em += 0.9;
    else if (/[A-Z]/.test(char)) em += 0.7;
    else if (/[0-9]/.test(char)) em += 0.58;
    else em += 0.56;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Words on lines no wider than `width` (a word wider than that gets a line of its own). */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
