import type { EdgeTypes, NodeTypes } from '@xyflow/react';
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

export const PALETTE_MIME = 'application/x-journeyflow-node';
