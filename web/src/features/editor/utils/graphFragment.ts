import type { DraftJourneyGraph, DraftJourneyNode, JourneyEdge } from '@journeyflow/shared/journey/graph';
import { createNodeId } from './createNodeId';

/** Copied steps: the nodes and the edges running between them. Plain JSON, so it survives the clipboard. */
export type GraphFragment = {
  readonly kind: 'journeyflow/fragment';
  readonly nodes: DraftJourneyNode[];
  readonly edges: JourneyEdge[];
};

export function copyFragment(graph: DraftJourneyGraph, nodeIds: readonly string[]): GraphFragment {
  const ids = new Set(nodeIds);
  return {
    kind: 'journeyflow/fragment',
    nodes: structuredClone(graph.nodes.filter((node) => ids.has(node.id))),
    edges: structuredClone(graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target))),
  };
}

/** Adds a copy of `fragment` with fresh ids, shifted by `offset`; returns the graph and the new node ids. */
export function pasteFragment(
  graph: DraftJourneyGraph,
  fragment: GraphFragment,
  offset: { x: number; y: number } = { x: 40, y: 40 },
): { graph: DraftJourneyGraph; nodeIds: string[] } {
  const idMap = new Map(fragment.nodes.map((node) => [node.id, createNodeId()]));
  const nodes = fragment.nodes.map(
    (node) =>
      ({
        ...structuredClone(node),
        id: idMap.get(node.id)!,
        position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      }) as DraftJourneyNode,
  );
  const edges = fragment.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source && target
      ? [{ id: createNodeId('e'), source, sourceHandle: edge.sourceHandle, target }]
      : [];
  });
  return {
    graph: { nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] },
    nodeIds: nodes.map((node) => node.id),
  };
}

/** Reads a fragment back from clipboard text; anything else yields `undefined`. */
export function parseFragment(text: string | null | undefined): GraphFragment | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { kind?: unknown }).kind === 'journeyflow/fragment' &&
      Array.isArray((value as { nodes?: unknown }).nodes) &&
      Array.isArray((value as { edges?: unknown }).edges)
    ) {
      return value as GraphFragment;
    }
  } catch {
    // Not ours: ignore.
  }
  return undefined;
}
