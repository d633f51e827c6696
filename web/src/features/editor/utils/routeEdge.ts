/**
 * Orthogonal edge routing around node boxes (issue 16 "edges routed around nodes"). Edges leave a node at
 * the bottom and enter the next at the top. The usual smoothstep shape is kept whenever it crosses no other
 * node; otherwise a few orthogonal detours (another horizontal lane, or a vertical channel beside the
 * blocking nodes) are tried, shortest first, and the first clear one is drawn. The work per edge is bounded
 * (only nodes near the edge count, at most MAX_OBSTACLES of them), so hundreds of edges stay cheap; when
 * nothing clear is found the caller draws the plain smoothstep.
 */

export type Point = { readonly x: number; readonly y: number };
export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Clearance kept between a routed line and a node box. */
export const ROUTE_MARGIN = 12;
/** How far a line runs straight out of a handle before it turns. */
const STUB = 20;
/** Beyond this many nearby nodes an edge is not routed (the plain shape is drawn). */
export const MAX_OBSTACLES = 40;

const segmentHitsBox = (a: Point, b: Point, box: Box, margin: number): boolean => {
  const left = box.x - margin;
  const right = box.x + box.width + margin;
  const top = box.y - margin;
  const bottom = box.y + box.height + margin;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  // Touching the inflated border is allowed: lanes are placed exactly on it.
  return maxX > left && minX < right && maxY > top && minY < bottom;
};

/** True when the polyline crosses a box (with a little less than the routing margin, so lanes fit). */
export const polylineHitsBoxes = (
  points: readonly Point[],
  boxes: readonly Box[],
  margin = ROUTE_MARGIN / 2,
) => {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    for (const box of boxes) if (segmentHitsBox(a, b, box, margin)) return true;
  }
  return false;
};

const polylineLength = (points: readonly Point[]) => {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    sum += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
  return sum;
};

/** The shape smoothstep draws between a bottom handle and a top handle. */
export const defaultShape = (s: Point, t: Point): Point[] => {
  if (t.y >= s.y + 2 * STUB) {
    const midY = (s.y + t.y) / 2;
    return [s, { x: s.x, y: midY }, { x: t.x, y: midY }, t];
  }
  const midX = (s.x + t.x) / 2;
  return [
    s,
    { x: s.x, y: s.y + STUB },
    { x: midX, y: s.y + STUB },
    { x: midX, y: t.y - STUB },
    { x: t.x, y: t.y - STUB },
    t,
  ];
};

/**
 * An orthogonal polyline from `s` (a bottom handle) to `t` (a top handle) that crosses none of `obstacles`
 * (the other nodes' boxes), or null when the smoothstep shape is already clear or no clear detour was
 * found among the bounded candidates.
 */
export function routeAround(s: Point, t: Point, obstacles: readonly Box[]): Point[] | null {
  if (obstacles.length === 0 || obstacles.length > MAX_OBSTACLES) return null;
  if (!polylineHitsBoxes(defaultShape(s, t), obstacles)) return null;
  const candidates: Point[][] = [];
  const top = s.y + STUB;
  const bottom = t.y - STUB;
  if (bottom > top) {
    for (const box of obstacles) {
      for (const y of [box.y - ROUTE_MARGIN, box.y + box.height + ROUTE_MARGIN]) {
        if (y > top && y < bottom) candidates.push([s, { x: s.x, y }, { x: t.x, y }, t]);
      }
    }
  }
  const channels = new Set<number>([s.x, t.x]);
  for (const box of obstacles) {
    channels.add(box.x - ROUTE_MARGIN);
    channels.add(box.x + box.width + ROUTE_MARGIN);
  }
  for (const x of channels) {
    candidates.push([s, { x: s.x, y: top }, { x, y: top }, { x, y: bottom }, { x: t.x, y: bottom }, t]);
  }
  candidates.sort((a, b) => polylineLength(a) - polylineLength(b));
  for (const candidate of candidates)
    if (!polylineHitsBoxes(candidate, obstacles)) return simplify(candidate);
  return null;
}

/** Drops repeated and collinear points. */
const simplify = (points: readonly Point[]): Point[] => {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out.pop();
    out.push(p);
  }
  return out;
};

/** SVG path through the points with rounded corners, and the point halfway along it (for the "+"). */
export function roundedPath(
  points: readonly Point[],
  radius = 10,
): { path: string; labelX: number; labelY: number } {
  const first = points[0] as Point;
  let path = `M ${first.x},${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      path += ` L ${p.x},${p.y}`;
      break;
    }
    const r = Math.min(
      radius,
      (Math.abs(p.x - prev.x) + Math.abs(p.y - prev.y)) / 2,
      (Math.abs(next.x - p.x) + Math.abs(next.y - p.y)) / 2,
    );
    const inX = p.x - Math.sign(p.x - prev.x) * r;
    const inY = p.y - Math.sign(p.y - prev.y) * r;
    const outX = p.x + Math.sign(next.x - p.x) * r;
    const outY = p.y + Math.sign(next.y - p.y) * r;
    path += ` L ${inX},${inY} Q ${p.x},${p.y} ${outX},${outY}`;
  }
  let half = polylineLength(points) / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (half <= length && length > 0) {
      const f = half / length;
      return { path, labelX: a.x + (b.x - a.x) * f, labelY: a.y + (b.y - a.y) * f };
    }
    half -= length;
  }
  return { path, labelX: first.x, labelY: first.y };
}
