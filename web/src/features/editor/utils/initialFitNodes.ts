import { NODE_HEIGHT, NODE_WIDTH } from './graphToFlow';

/** A graph as far as the first view needs it. */
type FitGraph = {
  readonly nodes: readonly {
    readonly id: string;
    readonly type: string;
    readonly position: { readonly x: number; readonly y: number };
  }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
};

/** Up to this many steps the whole journey fits at a readable zoom. */
export const FIT_ALL_LIMIT = 14;
/** A journey opens at least this zoom: node titles stay readable. */
export const READABLE_MIN_ZOOM = 0.6;
/**
 * The largest area (flow units) the first view of a large journey covers: about what a laptop canvas
 * shows at the readable zoom. A step after the entry that lies further away (the exit every branch
 * ends at, say) is left out, so the fit stays on the start instead of centring on the middle of the map.
 */
export const FIT_MAX_SPAN = { width: 1600, height: 1000 } as const;

type Box = { minX: number; minY: number; maxX: number; maxY: number };

const boxOf = (position: { x: number; y: number }): Box => ({
  minX: position.x,
  minY: position.y,
  maxX: position.x + NODE_WIDTH,
  maxY: position.y + NODE_HEIGHT,
});

const union = (a: Box, b: Box): Box => ({
  minX: Math.min(a.minX, b.minX),
  minY: Math.min(a.minY, b.minY),
  maxX: Math.max(a.maxX, b.maxX),
  maxY: Math.max(a.maxY, b.maxY),
});

const fitsSpan = (box: Box) =>
  box.maxX - box.minX <= FIT_MAX_SPAN.width && box.maxY - box.minY <= FIT_MAX_SPAN.height;

/**
 * The steps the editor fits the view to when a journey opens: all of them for a small journey; for a
 * large one the entry and the steps up to three edges after it that lie near it, so the start reads at
 * a readable zoom instead of the whole journey shrunk to unreadable boxes.
 */
export function initialFitNodes(graph: FitGraph): { id: string }[] | undefined {
  if (graph.nodes.length <= FIT_ALL_LIMIT) return undefined;
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const entries = graph.nodes.filter((n) => n.type.startsWith('entry.'));
  const first = entries[0] ?? graph.nodes[0];
  if (!first) return undefined;
  let box = boxOf(first.position);
  const seen = new Set([first.id]);
  const take = (id: string) => {
    const node = byId.get(id);
    if (!node || seen.has(id) || seen.size >= FIT_ALL_LIMIT) return false;
    const grown = union(box, boxOf(node.position));
    if (!fitsSpan(grown)) return false;
    box = grown;
    seen.add(id);
    return true;
  };
  let frontier = [
    first.id,
    ...entries
      .slice(1)
      .map((n) => n.id)
      .filter(take),
  ];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++)
    frontier = frontier.flatMap((id) => next.get(id) ?? []).filter(take);
  return [...seen].map((id) => ({ id }));
}
