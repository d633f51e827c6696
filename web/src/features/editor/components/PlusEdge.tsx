import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';
import { useQuickAddStore } from '../store/quickAddStore';
import type { JourneyFlowEdge } from '../utils/graphToFlow';

/** An edge with a "+" in the middle that opens quick-add to insert a step there (read-only canvases hide it). */
export const PlusEdge = memo(function PlusEdge(props: EdgeProps<JourneyFlowEdge>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    selected,
    data,
    markerEnd,
  } = props;
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
  });
  const openQuickAdd = useQuickAddStore((state) => state.open);
  const interactive = useQuickAddStore((state) => state.enabled);
  const diffClass = data?.diff ? ` diff-${data.diff}` : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`jf-edge${selected ? ' is-selected' : ''}${diffClass}`}
        interactionWidth={24}
      />
      {interactive && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="jf-edge-plus nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label="Insert a step here"
            data-testid={`edge-plus-${id}`}
            onClick={(event) => {
              event.stopPropagation();
              openQuickAdd({ edgeId: id, position: { x: labelX, y: labelY } });
            }}
          >
            +
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
