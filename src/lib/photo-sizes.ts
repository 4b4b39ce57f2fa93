/**
 * The widths to make a photo in: those the layout asks for, never wider than the photo itself
 * (an enlarged copy only weighs more), and the photo's own width in place of the ones it cannot fill.
 */
export function photoWidths(original: number, wanted: readonly number[]): number[] {
  const fits = wanted.filter((width) => width < original);
  return fits.length < wanted.length ? [...fits, original] : [...fits];
}
