/**
 * One tab stop for a group of links, the arrow keys moving within it (a "roving tabindex"): where
 * `key` takes the focus from position `at` among `count` items, or undefined for another key.
 */
export function rovingIndex(key: string, at: number, count: number): number | undefined {
  const to = ({ ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: count - 1 } as Record<string, number>)[key];
  return to === undefined || count === 0 ? undefined : Math.max(0, Math.min(count - 1, to));
}
