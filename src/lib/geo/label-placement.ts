import { round } from '../text-metrics.ts';

/**
 * Collision-free placement of map labels: greedy, over a fixed list of candidate positions per
 * label (Imhof's order of preference, then further out with a leader line). Pure geometry in SVG
 * user units; nothing here knows about places or projections.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelRequest {
  id: string;
  /** The point labelled: a marker's centre. */
  x: number;
  y: number;
  /** The label's size. */
  width: number;
  height: number;
  /** The marker's radius: labels keep clear of every marker. 0 for a label without a marker. */
  radius: number;
  /** "point" labels sit beside their marker; "centre" labels (a country's name) sit on the point. */
  mode?: 'point' | 'centre';
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where the text goes: x with `anchor`, y at the box's vertical centre. */
  textX: number;
  textY: number;
  anchor: TextAnchor;
  /** A line from the point to the label, when the label had to move away from its marker. */
  leader: Segment | null;
  /** Set when no candidate was free and the least-bad one was used. */
  collides: boolean;
}

export interface PlacementOptions {
  /** The drawing area: no label leaves it. */
  bounds: Box;
  /** Other things labels must not cover (a country's name, a key). */
  obstacles?: readonly Box[];
  /** Lines labels must not cover and leader lines must not cross (the ties of markers moved out of a crowd). */
  lines?: readonly Segment[];
  /** Space between a marker and its label. */
  gap?: number;
  /** Space kept between two labels. */
  padding?: number;
  /** How far labels may move out, in steps of this size, with a leader line. */
  step?: number;
  steps?: number;
}

/** Compass directions in order of preference: right, left, then the diagonals, then above and below. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

/** Eight more directions between those, for labels pushed out with a leader line. */
const BETWEEN: readonly [number, number][] = [
  [2, -1],
  [-2, -1],
  [2, 1],
  [-2, 1],
  [1, -2],
  [-1, -2],
  [1, 2],
  [-1, 2],
];

export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding && b.x < a.x + a.width + padding && a.y < b.y + b.height + padding && b.y < a.y + a.height + padding
  );
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether two segments cross (touching at an end counts). */
export function segmentsCross(s: Segment, t: Segment): boolean {
  const d1 = cross(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
  const d2 = cross(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  const d3 = cross(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
  const d4 = cross(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return false;
}

/** Whether a segment passes through a box. */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const within = (x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  if (within(s.x1, s.y1) || within(s.x2, s.y2)) return true;
  const { x, y, width: w, height: h } = box;
  const edges: Segment[] = [
    { x1: x, y1: y, x2: x + w, y2: y },
    { x1: x + w, y1: y, x2: x + w, y2: y + h },
    { x1: x + w, y1: y + h, x2: x, y2: y + h },
    { x1: x, y1: y + h, x2: x, y2: y },
  ];
  return edges.some((edge) => segmentsCross(s, edge));
}

/** The distance from a point to a segment. */
function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / length));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** The distance from a point to the nearest point of a box (0 inside it). */
function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - (box.x + box.width));
  const dy = Math.max(box.y - py, 0, py - (box.y + box.height));
  return Math.hypot(dx, dy);
}

interface Candidate {
  box: Box;
  anchor: TextAnchor;
  leader: Segment | null;
}

/** The box whose nearest edge to the point is `distance` away in direction (dx, dy). */
function candidateAt(request: LabelRequest, dx: number, dy: number, distance: number, withLeader: boolean): Candidate {
  const norm = Math.hypot(dx, dy) || 1;
  const ux = dx / norm;
  const uy = dy / norm;
  const ax = request.x + ux * distance;
  const ay = request.y + uy * distance;
  const { width, height } = request;
  const horizontal = ux > 0.35 ? 'start' : ux < -0.35 ? 'end' : 'middle';
  const x = horizontal === 'start' ? ax : horizontal === 'end' ? ax - width : ax - width / 2;
  const y = uy > 0.35 ? ay : uy < -0.35 ? ay - height : ay - height / 2;
  const box = { x, y, width, height };
  let leader: Segment | null = null;
  if (withLeader) {
    // From the marker's centre to the nearest point of the label's box.
    const nx = Math.max(box.x, Math.min(request.x, box.x + width));
    const ny = Math.max(box.y, Math.min(request.y, box.y + height));
    leader = { x1: request.x, y1: request.y, x2: nx, y2: ny };
  }
  return { box, anchor: horizontal, leader };
}

function candidates(request: LabelRequest, crowded: boolean, options: Required<Omit<PlacementOptions, 'obstacles' | 'lines'>>): Candidate[] {
  const list: Candidate[] = [];
  if (request.mode === 'centre') {
    list.push(candidateAt(request, 0, 0, 0, false));
    for (let k = 1; k <= options.steps; k++) {
      for (const [dx, dy] of [
        [0, -1],
        [0, 1],
        [1, 0],
        [-1, 0],
      ] as const) {
        list.push(candidateAt(request, dx, dy, k * options.step, false));
      }
    }
    return list;
  }
  const near = request.radius + options.gap;
  // A marker that touches another one gets its label out of the crowd, with a leader line, so
  // it is clear which marker each label belongs to.
  if (!crowded) {
    for (const [dx, dy] of DIRECTIONS) list.push(candidateAt(request, dx, dy, near, false));
  }
  for (let k = 1; k <= options.steps; k++) {
    for (const [dx, dy] of [...DIRECTIONS, ...BETWEEN]) list.push(candidateAt(request, dx, dy, near + k * options.step, true));
  }
  return list;
}

/**
 * Places every label so that none overlaps another label, any marker, an obstacle or a leader line,
 * and all stay inside the bounds. Labels are placed in the order given (put the most important first);
 * when one finds no free position, it is moved to the front and the whole placement is tried again.
 * If that never succeeds, the least-overlapping position is used and `collides` is set.
 * Returns the labels in the input order.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const settings = { gap: 3, padding: 2, step: 10, steps: 8, ...options };
  const obstacles = options.obstacles ?? [];
  const markers = requests.filter((request) => request.radius > 0);
  const crowded = new Set(
    requests
      .filter((request) => request.mode !== 'centre')
      .filter((a) => markers.some((b) => a !== b && Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + settings.gap))
      .map((request) => request.id),
  );
  const lists = new Map(requests.map((request) => [request.id, candidates(request, crowded.has(request.id), settings)]));

  function attempt(order: readonly LabelRequest[]): { placed: Map<string, PlacedLabel>; failed?: LabelRequest } {
    const placed = new Map<string, PlacedLabel>();
    const boxes: Box[] = [];
    const leaders: Segment[] = [];
    const lines = options.lines ?? [];
    for (const request of order) {
      // Markers this label's leader may start inside: its own, and those touching it.
      const crowd = markers.filter((m) => Math.hypot(m.x - request.x, m.y - request.y) < m.radius + request.radius + settings.gap);
      const others = markers.filter((m) => m !== request);
      const free = (candidate: Candidate) => {
        const { box, leader } = candidate;
        if (!inside(box, settings.bounds)) return false;
        if (boxes.some((other) => boxesOverlap(box, other, settings.padding))) return false;
        if (markers.some((m) => distanceToBox(m.x, m.y, box) < m.radius + settings.gap - 0.5)) return false;
        if (obstacles.some((other) => boxesOverlap(box, other, settings.padding))) return false;
        if (leaders.some((other) => segmentHitsBox(other, box))) return false;
        if (lines.some((line) => segmentHitsBox(line, box))) return false;
        if (leader) {
          if (lines.some((line) => segmentsCross(leader, line))) return false;
          if (boxes.some((other) => segmentHitsBox(leader, other))) return false;
          if (leaders.some((other) => segmentsCross(leader, other))) return false;
          if (others.some((m) => !crowd.includes(m) && distanceToSegment(m.x, m.y, leader) < m.radius + 1)) return false;
        }
        return true;
      };
      const chosen = lists.get(request.id)!.find(free);
      if (!chosen) return { placed, failed: request };
      placed.set(request.id, toPlaced(request, chosen, false));
      boxes.push(chosen.box);
      if (chosen.leader) leaders.push(chosen.leader);
    }
    return { placed };
  }

  let order = [...requests];
  for (let round = 0; round <= requests.length; round++) {
    const { placed, failed } = attempt(order);
    if (!failed) return requests.map((request) => placed.get(request.id)!);
    if (order[0] === failed) break;
    order = [failed, ...order.filter((request) => request !== failed)];
  }
  return fallback(requests, lists, settings.bounds, obstacles);
}

/**
 * Every label at its least-overlapping candidate (inside the bounds if any is), in order: used only
 * when no free placement exists. Labels that overlap or stick out are marked `collides`.
 */
function fallback(requests: readonly LabelRequest[], lists: Map<string, Candidate[]>, bounds: Box, obstacles: readonly Box[]): PlacedLabel[] {
  const boxes: Box[] = [...obstacles];
  return requests.map((request) => {
    const inBounds = lists.get(request.id)!.filter((candidate) => inside(candidate.box, bounds));
    const pool = inBounds.length ? inBounds : lists.get(request.id)!;
    let best = pool[0]!;
    let bestCost = Infinity;
    for (const candidate of pool) {
      const cost = boxes.reduce((sum, box) => sum + overlapArea(candidate.box, box), 0);
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
    }
    boxes.push(best.box);
    return toPlaced(request, best, bestCost > 0 || !inside(best.box, bounds));
  });
}

function toPlaced(request: LabelRequest, candidate: Candidate, collides: boolean): PlacedLabel {
  const { box, anchor, leader } = candidate;
  const textX = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  return {
    id: request.id,
    box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
    textX: round(textX),
    textY: round(box.y + box.height / 2),
    anchor,
    leader: leader && { x1: round(leader.x1), y1: round(leader.y1), x2: round(leader.x2), y2: round(leader.y2) },
    collides,
  };
}
