import { Graph, layout } from '@dagrejs/dagre';
import type { DraftJourneyGraph, DraftJourneyNode } from '@journeyflow/shared/journey/graph';

export const NODE_WIDTH = 240;
/** Cards have this fixed height (see .jf-node), so layout spacing matches what is drawn. */
export const NODE_HEIGHT = 84;

/** Top-to-bottom layered layout (dagre); node order within a rank follows the edges' handle order. */
export function autoLayout(graph: DraftJourneyGraph): DraftJourneyGraph {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 72, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) g.setEdge(edge.source, edge.target);
  layout(g);
  return {
    nodes: graph.nodes.map((node) => {
      const placed = g.node(node.id);
      if (!placed) return node;
      return {
        ...node,
        position: { x: Math.round(placed.x - NODE_WIDTH / 2), y: Math.round(placed.y - NODE_HEIGHT / 2) },
      } as DraftJourneyNode;
    }),
    edges: graph.edges,
  };
}
