import type { DraftJourneyGraph, DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { createNodeId } from './createNodeId';
import { nodeHandles } from './nodeHandles';

/**
 * Puts `node` in the middle of an edge: source → node → target. The node continues by its first output
 * handle (`next`, `yes`, `matched`, the first branch); a node without outputs (exit) ends the path there.
 */
export function insertNodeOnEdge(
  graph: DraftJourneyGraph,
  edgeId: string,
  node: DraftJourneyNode,
): DraftJourneyGraph {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return { nodes: [...graph.nodes, node], edges: graph.edges };
  const firstHandle = nodeHandles(node)[0];
  const edges = graph.edges.filter((candidate) => candidate.id !== edgeId);
  edges.push({
    id: createNodeId('e'),
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: node.id,
  });
  if (firstHandle)
    edges.push({ id: createNodeId('e'), source: node.id, sourceHandle: firstHandle.id, target: edge.target });
  return { nodes: [...graph.nodes, node], edges };
}
