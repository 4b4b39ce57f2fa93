import { round } from '../text-metrics.ts';

/**
 * Markers too close to tell apart (two places whose positions are a few hundred metres apart, as
 * the editors placed them) are fanned out around their common centre, each tied to its true position by a
 * short line, so that every marker can be seen, labelled and clicked.
 */

export interface CrowdPoint {
  id: string;
  x: number;
  y: number;
}

export interface SpreadPoint extends CrowdPoint {
  /** Where the marker is drawn: the true position, or moved out of a crowd. */
  markerX: number;
  markerY: number;
  /** Set when the marker was moved: draw a line from the true position to the marker. */
  moved: boolean;
}

/**
 * Positions on a circle around the crowd's centre, far enough apart for markers of `radius`,
 * turned by `turn` radians from the members' own arrangement.
 */
function fan(members: readonly CrowdPoint[], radius: number, gap: number, turn = 0): Map<string, [number, number]> {
  const positions = new Map<string, [number, number]>();
  if (members.length === 1) {
    const only = members[0]!;
    positions.set(only.id, [only.x, only.y]);
    return positions;
  }
  const cx = members.reduce((sum, member) => sum + member.x, 0) / members.length;
  const cy = members.reduce((sum, member) => sum + member.y, 0) / members.length;
  const n = members.length;
  // Neighbours on the circle are 2·R·sin(π/n) apart; that must hold two markers and a gap.
  const distance = (2 * radius + gap) / (2 * Math.sin(Math.PI / n));
  // Keep the members' own arrangement: go round in the order of their angle from the centre,
  // starting where the first of them actually is.
  const angle = (member: CrowdPoint) => (member.x === cx && member.y === cy ? -Math.PI / 2 : Math.atan2(member.y - cy, member.x - cx));
  const order = [...members].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
  const start = angle(order[0]!) + turn;
  order.forEach((member, index) => {
    const theta = start + (index * 2 * Math.PI) / n;
    positions.set(member.id, [cx + distance * Math.cos(theta), cy + distance * Math.sin(theta)]);
  });
  return positions;
}

/** Turns tried, in order, to fan a crowd out without running into its neighbours. */
const TURNS = Array.from({ length: 12 }, (_, index) => ((index % 2 ? -1 : 1) * Math.ceil(index / 2) * Math.PI) / 12);

/**
 * Groups markers (of `radius`) that would overlap or come closer than `gap`, and fans each group
 * out around its centre. A fan that would run into another marker is turned until it does not;
 * if no turn works, the two groups become one. Points that were clear stay put.
 * Returns the points in the input order.
 */
export function spreadMarkers(points: readonly CrowdPoint[], radius: number, gap: number): SpreadPoint[] {
  const clash = 2 * radius + gap - 1e-9;
  const near = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]) < clash;
  // Single-linkage groups of the true positions.
  let groups: CrowdPoint[][] = [];
  for (const point of points) {
    const touching = groups.filter((group) => group.some((other) => near([point.x, point.y], [other.x, other.y])));
    groups = [...groups.filter((group) => !touching.includes(group)), [...touching.flat(), point]];
  }
  let positions = new Map<string, [number, number]>();
  for (let attempt = 0; attempt <= points.length; attempt++) {
    positions = new Map(points.map((point) => [point.id, [point.x, point.y] as [number, number]]));
    let clashing: [number, number] | null = null;
    for (const [index, group] of groups.entries()) {
      if (group.length < 2) continue;
      const othersAt = points.filter((point) => !group.includes(point)).map((point) => ({ point, at: positions.get(point.id)! }));
      let fanned: Map<string, [number, number]> | undefined;
      for (const turn of TURNS) {
        const tried = fan(group, radius, gap, turn);
        if (![...tried.values()].some((at) => othersAt.some((other) => near(at, other.at)))) {
          fanned = tried;
          break;
        }
      }
      if (!fanned) {
        const first = fan(group, radius, gap);
        const hit = othersAt.find((other) => [...first.values()].some((at) => near(at, other.at)))!;
        clashing = [index, groups.findIndex((other) => other.includes(hit.point))];
        break;
      }
      for (const [id, at] of fanned) positions.set(id, at);
    }
    if (!clashing) break;
    const [i, j] = clashing;
    groups = [...groups.filter((_, index) => index !== i && index !== j), [...groups[i]!, ...groups[j]!]];
  }
  return points.map((point) => {
    const [x, y] = positions.get(point.id)!;
    const moved = Math.hypot(x - point.x, y - point.y) > 0.05;
    return { ...point, markerX: moved ? round(x) : point.x, markerY: moved ? round(y) : point.y, moved };
  });
}
