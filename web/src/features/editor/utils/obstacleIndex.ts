import { NODE_HEIGHT, NODE_WIDTH } from './graphToFlow';
import type { Box, Point } from './routeEdge';

type FlowNodeLike = {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
  readonly measured?: { readonly width?: number; readonly height?: number };
  readonly width?: number;
  readonly height?: number;
};

type Entry = Box & { readonly id: string };

/** Grid cell size: about one node wide, so an edge between neighbours looks at a handful of cells. */
const CELL = 256;
/** Beyond this many nodes edges are not routed at all (plain smoothstep). */
export const MAX_ROUTED_NODES = 2_000;
/** How far beside an edge's own span nodes still count (a detour channel may lie there). */
const REACH = NODE_WIDTH;

/** A uniform grid of node boxes for "which nodes are near this edge". */
export type ObstacleIndex = {
  /** The boxes of nodes (other than `exclude`) near the rectangle spanned by `a` and `b`. */
  near(a: Point, b: Point, exclude: readonly string[]): Box[];
};

const indexes = new WeakMap<readonly FlowNodeLike[], ObstacleIndex | null>();

/**
 * The index of `nodes`, built once per nodes array (React Flow makes a new array on every change, so all
 * edges of one render share one build). Null for very large graphs, which are not routed.
 */
export function obstacleIndex(nodes: readonly FlowNodeLike[]): ObstacleIndex | null {
  const known = indexes.get(nodes);
  if (known !== undefined) return known;
  const built = nodes.length > MAX_ROUTED_NODES ? null : buildIndex(nodes);
  indexes.set(nodes, built);
  return built;
}

function buildIndex(nodes: readonly FlowNodeLike[]): ObstacleIndex {
  const cells = new Map<string, Entry[]>();
  for (const node of nodes) {
    const entry: Entry = {
      id: node.id,
      x: node.position.x,
      y: node.position.y,
      width: node.measured?.width ?? node.width ?? NODE_WIDTH,
      height: node.measured?.height ?? node.height ?? NODE_HEIGHT,
    };
    forCells(entry.x, entry.y, entry.x + entry.width, entry.y + entry.height, (key) => {
      const list = cells.get(key);
      if (list) list.push(entry);
      else cells.set(key, [entry]);
    });
  }
  return {
    near(a, b, exclude) {
      const minX = Math.min(a.x, b.x) - REACH;
      const maxX = Math.max(a.x, b.x) + REACH;
      const minY = Math.min(a.y, b.y) - NODE_HEIGHT;
      const maxY = Math.max(a.y, b.y) + NODE_HEIGHT;
      const seen = new Set<Entry>();
      forCells(minX, minY, maxX, maxY, (key) => {
        for (const entry of cells.get(key) ?? []) {
          if (exclude.includes(entry.id)) continue;
          if (
            entry.x > maxX ||
            entry.x + entry.width < minX ||
            entry.y > maxY ||
            entry.y + entry.height < minY
          )
            continue;
          seen.add(entry);
        }
      });
      return [...seen];
    },
  };
}

/** Calls `visit` for each grid cell key the rectangle covers (a long edge covers a column of cells). */
function forCells(x1: number, y1: number, x2: number, y2: number, visit: (key: string) => void) {
  const cx1 = Math.floor(x1 / CELL);
  const cx2 = Math.floor(x2 / CELL);
  const cy1 = Math.floor(y1 / CELL);
  const cy2 = Math.floor(y2 / CELL);
  // A far-flung edge (a loop back across the whole canvas) would visit too many cells: cap it.
  if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 400) return;
  for (let cx = cx1; cx <= cx2; cx++) for (let cy = cy1; cy <= cy2; cy++) visit(`${cx}:${cy}`);
}
