import { type EdgeTypes, MarkerType, type NodeTypes } from '@xyflow/react';
import { DataNode, EntryNode, ExitNode, LogicNode, MessageNode, WaitNode } from './JourneyNodeCard';
import { PlusEdge } from './PlusEdge';

/** Declared once at module scope: React Flow re-mounts every node if these objects change identity. */
export const journeyNodeTypes: NodeTypes = {
  entry: EntryNode,
  wait: WaitNode,
  logic: LogicNode,
  message: MessageNode,
  data: DataNode,
  exit: ExitNode,
};

export const journeyEdgeTypes: EdgeTypes = { plus: PlusEdge };

/** What every journey canvas (editor, review, diff, past versions) passes React Flow alike, at module scope too. */
export const journeyCanvasProps = {
  nodeTypes: journeyNodeTypes,
  edgeTypes: journeyEdgeTypes,
  defaultEdgeOptions: { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } },
  deleteKeyCode: null,
  minZoom: 0.1,
  proOptions: { hideAttribution: true },
} as const;

export const PALETTE_MIME = 'application/x-journeyflow-node';
