import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { createNodeId } from './createNodeId';

/**
 * Removes nodes and every edge touching them. When exactly one node is removed and it had exactly one
 * incoming and one outgoing edge, its neighbours are joined, so deleting a step from a chain keeps the chain.
 */
export function deleteNodesWithReconnect(
  graph: DraftJourneyGraph,
  nodeIds: readonly string[],
): DraftJourneyGraph {
  const removed = new Set(nodeIds);
  if (removed.size === 0) return graph;
  const edges = graph.edges.filter((edge) => !removed.has(edge.source) && !removed.has(edge.target));
  if (removed.size === 1) {
    const [id] = removed;
    const incoming = graph.edges.filter((edge) => edge.target === id);
    const outgoing = graph.edges.filter((edge) => edge.source === id);
    const into = incoming[0];
    const out = outgoing[0];
    if (incoming.length === 1 && outgoing.length === 1 && into && out && into.source !== out.target) {
      edges.push({
        id: createNodeId('e'),
        source: into.source,
        sourceHandle: into.sourceHandle,
        target: out.target,
      });
    }
  }
  return { nodes: graph.nodes.filter((node) => !removed.has(node.id)), edges };
}
