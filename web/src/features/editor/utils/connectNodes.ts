import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { createNodeId } from './createNodeId';

export type Connection = { readonly source: string; readonly sourceHandle: string; readonly target: string };

/**
 * Adds an edge. A handle leads to exactly one next step, so an existing edge from the same handle is
 * replaced. Self-loops and edges to unknown nodes are refused (the graph is returned unchanged).
 */
export function connectNodes(
  graph: DraftJourneyGraph,
  connection: Connection,
  id = createNodeId('e'),
): DraftJourneyGraph {
  const { source, sourceHandle, target } = connection;
  if (source === target) return graph;
  const ids = new Set(graph.nodes.map((node) => node.id));
  if (!ids.has(source) || !ids.has(target)) return graph;
  const existing = graph.edges.find((edge) => edge.source === source && edge.sourceHandle === sourceHandle);
  if (existing?.target === target) return graph;
  return {
    nodes: graph.nodes,
    edges: [...graph.edges.filter((edge) => edge !== existing), { id, source, sourceHandle, target }],
  };
}
