/**
 * Stacks marks that would overlap into rows: each item, in the order given, goes to the lowest row
 * where it stays at least `gap` clear of every item already there. Items never overlap within a
 * row, and an item only climbs when every row below it is taken at its place.
 * Returns each item's row (0 is nearest the axis), in the input order.
 */
export function packRows(items: readonly { x0: number; x1: number }[], gap: number): number[] {
  const rows: { x0: number; x1: number }[][] = [];
  return items.map((item) => {
    let row = rows.findIndex((placed) => placed.every((other) => item.x1 + gap <= other.x0 || other.x1 + gap <= item.x0));
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]!.push(item);
    return row;
  });
}
