import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { type NodeType, nodeRegistry } from '@journeyflow/shared/journey/nodeRegistry';
import { createNodeId } from './createNodeId';

/** A new node of `type` with the registry's default settings (deep-copied so nodes never share objects). */
export function createJourneyNode(
  type: NodeType,
  position: { x: number; y: number },
  id = createNodeId(),
): DraftJourneyNode {
  return {
    id,
    type,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    settings: structuredClone(nodeRegistry[type].defaultSettings),
  } as DraftJourneyNode;
}
