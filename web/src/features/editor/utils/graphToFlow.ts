import type { DraftJourneyGraph, DraftJourneyNode, JourneyEdge } from '@journeyflow/shared/journey/graph';
import type { NodeCategory } from '@journeyflow/shared/journey/nodeDefinition';
import { type NodeType, nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import type { Edge, Node } from '@xyflow/react';
import { type HandleInfo, nodeHandles } from './nodeHandles';

export type DiffMark = 'added' | 'removed' | 'changed';

/** Serializable data of a React Flow node: what the node component draws, nothing else. */
export type JourneyFlowNodeData = {
  readonly nodeType: NodeType;
  readonly label?: string;
  readonly settings: DraftJourneyNode['settings'];
  readonly handles: readonly HandleInfo[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly diff?: DiffMark;
  readonly comments?: number;
};

/** The React Flow node type is the node's category: one memoized component per category. */
export type JourneyFlowNode = Node<JourneyFlowNodeData, NodeCategory>;
export type JourneyFlowEdgeData = { readonly handleLabel: string; readonly diff?: DiffMark };
export type JourneyFlowEdge = Edge<JourneyFlowEdgeData, 'plus'>;

export type NodeMeta = {
  readonly selected?: boolean;
  readonly errorCount?: number;
  readonly warningCount?: number;
  readonly diff?: DiffMark;
  readonly comments?: number;
};

/** The card size fixed by `.jf-node` in the stylesheet. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 84;

export function toFlowNode(node: DraftJourneyNode, meta: NodeMeta = {}): JourneyFlowNode {
  return {
    id: node.id,
    type: nodeRegistry[node.type].category,
    position: { x: node.position.x, y: node.position.y },
    // Cards have a fixed size (.jf-node): knowing it up front lets React Flow fit the view and cull
    // off-screen nodes on the first render instead of waiting for every card to be measured.
    initialWidth: NODE_WIDTH,
    initialHeight: NODE_HEIGHT,
    selected: meta.selected ?? false,
    data: {
      nodeType: node.type,
      ...(node.label === undefined ? {} : { label: node.label }),
      settings: node.settings,
      handles: nodeHandles(node),
      errorCount: meta.errorCount ?? 0,
      warningCount: meta.warningCount ?? 0,
      ...(meta.diff ? { diff: meta.diff } : {}),
      ...(meta.comments ? { comments: meta.comments } : {}),
    },
  };
}

export function toFlowEdge(
  edge: JourneyEdge,
  meta: { selected?: boolean; diff?: DiffMark; ariaLabel?: string } = {},
): JourneyFlowEdge {
  return {
    id: edge.id,
    type: 'plus',
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    selected: meta.selected ?? false,
    data: { handleLabel: edge.sourceHandle, ...(meta.diff ? { diff: meta.diff } : {}) },
    ...(meta.ariaLabel ? { ariaLabel: meta.ariaLabel } : {}),
  };
}

export function graphToFlow(graph: DraftJourneyGraph): {
  nodes: JourneyFlowNode[];
  edges: JourneyFlowEdge[];
} {
  return {
    nodes: graph.nodes.map((node) => toFlowNode(node)),
    edges: graph.edges.map((edge) => toFlowEdge(edge)),
  };
}

/** The inverse of `graphToFlow`: positions come from the canvas, everything else from node data. */
export function flowToGraph(
  nodes: readonly JourneyFlowNode[],
  edges: readonly JourneyFlowEdge[],
): DraftJourneyGraph {
  return {
    nodes: nodes.map(
      (node) =>
        ({
          id: node.id,
          type: node.data.nodeType,
          position: { x: node.position.x, y: node.position.y },
          ...(node.data.label === undefined ? {} : { label: node.data.label }),
          settings: node.data.settings,
        }) as DraftJourneyNode,
    ),
    edges: edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle ?? 'next',
      target: edge.target,
    })),
  };
}
