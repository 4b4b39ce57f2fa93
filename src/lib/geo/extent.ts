/**
 * Rectangles in longitude and latitude. Extents here never cross the antimeridian: west < east.
 * That holds for every map this site draws (the Americas and Europe); a Pacific-centred map would
 * need a different test in `inExtent`.
 */

/** [[west, south], [east, north]] in degrees, the same shape as d3-geo's `geoBounds`. */
export type Extent = [[west: number, south: number], [east: number, north: number]];

/** [longitude, latitude] in degrees. */
export type LonLat = [lon: number, lat: number];

/** The smallest extent holding every point. */
export function extentOf(points: readonly LonLat[]): Extent {
  if (points.length === 0) throw new Error('extentOf() needs at least one point');
  let [west, south] = points[0]!;
  let [east, north] = points[0]!;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** The smallest extent holding both. */
export function unionExtent(a: Extent, b: Extent): Extent {
  return extentOf([a[0], a[1], b[0], b[1]]);
}

/**
 * Grows an extent on every side by `fraction` of its size, and by at least `minimum` degrees,
 * so that a single point or a small country still gets a map around it. Latitudes stay within ±85°
 * (Mercator cannot show the poles).
 */
export function padExtent(extent: Extent, fraction: number, minimum = 0): Extent {
  const [[west, south], [east, north]] = extent;
  const dx = Math.max((east - west) * fraction, minimum);
  const dy = Math.max((north - south) * fraction, minimum);
  return [
    [Math.max(west - dx, -180), Math.max(south - dy, -85)],
    [Math.min(east + dx, 180), Math.min(north + dy, 85)],
  ];
}

/** Whether a point lies in the extent, edges included. */
export function inExtent(extent: Extent, [lon, lat]: LonLat): boolean {
  const [[west, south], [east, north]] = extent;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** Splits items into those inside the extent and those outside it, each keeping the input order. */
export function splitByExtent<T>(items: readonly T[], extent: Extent, position: (item: T) => LonLat): { inside: T[]; outside: T[] } {
  const inside: T[] = [];
  const outside: T[] = [];
  for (const item of items) (inExtent(extent, position(item)) ? inside : outside).push(item);
  return { inside, outside };
}

/**
 * Points along the extent's outline, `steps` per side: what a projection is fitted to (a curved
 * projection bends the edges, so the corners alone would not bound it) and what a locator frame draws.
 */
export function extentOutline(extent: Extent, steps = 16): LonLat[] {
  const [[west, south], [east, north]] = extent;
  const points: LonLat[] = [];
  const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
  for (let i = 0; i < steps; i++) points.push([lerp(west, east, i / steps), south]);
  for (let i = 0; i < steps; i++) points.push([east, lerp(south, north, i / steps)]);
  for (let i = 0; i < steps; i++) points.push([lerp(east, west, i / steps), north]);
  for (let i = 0; i < steps; i++) points.push([west, lerp(north, south, i / steps)]);
  points.push([west, south]);
  return points;
}
