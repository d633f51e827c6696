/** A graph as far as the first view needs it. */
type FitGraph = {
  readonly nodes: readonly { readonly id: string; readonly type: string }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
};

/** Up to this many steps the whole journey fits at a readable zoom. */
export const FIT_ALL_LIMIT = 14;
/** A journey opens at least this zoom: node titles stay readable. */
export const READABLE_MIN_ZOOM = 0.6;

/**
 * The steps the editor fits the view to when a journey opens: all of them for a small journey; for a
 * large one the entry and the steps up to three edges after it, so the start reads at a readable zoom
 * instead of the whole journey shrunk to unreadable boxes.
 */
export function initialFitNodes(graph: FitGraph): { id: string }[] | undefined {
  if (graph.nodes.length <= FIT_ALL_LIMIT) return undefined;
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  let frontier = graph.nodes.filter((n) => n.type.startsWith('entry.')).map((n) => n.id);
  if (frontier.length === 0) frontier = graph.nodes.slice(0, 1).map((n) => n.id);
  const seen = new Set(frontier);
  for (let depth = 0; depth < 3 && seen.size < FIT_ALL_LIMIT; depth++) {
    frontier = frontier.flatMap((id) => next.get(id) ?? []).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen].slice(0, FIT_ALL_LIMIT).map((id) => ({ id }));
}
