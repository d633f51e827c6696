import type { DraftJourneyGraph, DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { NODE_HEIGHT } from './autoLayout';
import { createNodeId } from './createNodeId';
import { nodeHandles } from './nodeHandles';

/** Vertical room a node needs below the one before it. */
const ROW = NODE_HEIGHT + 64;

/**
 * Puts `node` in the middle of an edge: source → node → target. The node continues by its first output
 * handle (`next`, `yes`, `matched`, the first branch); a node without outputs (exit) ends the path there.
 * When the new node would sit on top of the target, the target and everything below it that follows
 * from it moves down, so inserting never stacks cards on each other.
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
  return { nodes: [...makeRoomBelow(graph, edge.target, node.position.y + ROW), node], edges };
}

function makeRoomBelow(graph: DraftJourneyGraph, targetId: string, minY: number): DraftJourneyNode[] {
  const target = graph.nodes.find((candidate) => candidate.id === targetId);
  if (!target || target.position.y >= minY) return graph.nodes;
  const shift = minY - target.position.y;
  // Everything reachable from the target that is not above it (a loop back up stays where it is).
  const moved = new Set<string>([targetId]);
  const queue = [targetId];
  const byId = new Map(graph.nodes.map((candidate) => [candidate.id, candidate]));
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of graph.edges) {
      if (next.source !== id || moved.has(next.target)) continue;
      const candidate = byId.get(next.target);
      if (candidate && candidate.position.y >= target.position.y) {
        moved.add(next.target);
        queue.push(next.target);
      }
    }
  }
  return graph.nodes.map((candidate) =>
    moved.has(candidate.id)
      ? { ...candidate, position: { x: candidate.position.x, y: candidate.position.y + shift } }
      : candidate,
  );
}
