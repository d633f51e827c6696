import { type MiniMapNodeProps, type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { JourneyFlowNode } from '../utils/graphToFlow';
import { miniMapPaths } from '../utils/miniMapPaths';

/** Minimap colours: a step's category, or red when it has errors. */
export const minimapColor = (node: JourneyFlowNode): string =>
  node.data.errorCount > 0
    ? '#dc2626'
    : ((
        {
          entry: '#4f46e5',
          wait: '#d97706',
          logic: '#0891b2',
          message: '#16a34a',
          data: '#7c3aed',
          exit: '#64748b',
        } as Record<string, string>
      )[node.type ?? ''] ?? '#94a3b8');

const RADIUS = 5;
const firstNodeId = (state: ReactFlowState) => state.nodes[0]?.id;
const flowNodes = (state: ReactFlowState) => state.nodes as JourneyFlowNode[];
const boxOf = (node: JourneyFlowNode) => ({
  x: node.position.x,
  y: node.position.y,
  width: node.measured?.width ?? node.initialWidth ?? 0,
  height: node.measured?.height ?? node.initialHeight ?? 0,
});

/**
 * The minimap's `nodeComponent`: React Flow's MiniMap asks for one shape per node; the first node draws
 * every node as a few paths (one per colour, redrawn only when the nodes change, not on pan or zoom) and
 * the others draw nothing. MiniMap keeps its viewport mask, panning and zooming.
 */
export const MiniMapShapes = memo(function MiniMapShapes({ id, shapeRendering }: MiniMapNodeProps) {
  const first = useStore(firstNodeId);
  return id === first ? <AllShapes shapeRendering={shapeRendering} /> : null;
});

function AllShapes({ shapeRendering }: { readonly shapeRendering: string }) {
  const nodes = useStore(flowNodes);
  const paths = useMemo(() => miniMapPaths(nodes, boxOf, minimapColor, RADIUS), [nodes]);
  return (
    <>
      {paths.map((path) => (
        <path
          key={path.color}
          className="react-flow__minimap-node"
          d={path.d}
          style={{ fill: path.color }}
          shapeRendering={shapeRendering}
        />
      ))}
    </>
  );
}
