import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getSmoothStepPath, useStore } from '@xyflow/react';
import { memo } from 'react';
import { i18n } from '../../../i18n/i18n';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useQuickAddStore } from '../store/quickAddStore';
import type { JourneyFlowEdge } from '../utils/graphToFlow';

/** Below this zoom the "+" is too small to aim at (the canvas hides it too); not drawing it saves a DOM node per edge. */
export const PLUS_MIN_ZOOM = 0.55;
export const readableZoom = (state: { transform: [number, number, number] }) =>
  state.transform[2] >= PLUS_MIN_ZOOM;

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
  // A cheap store read per edge (canvases draw hundreds) rather than an i18next subscription each.
  const locale = useLocaleStore((state) => state.locale);
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
  const enabled = useQuickAddStore((state) => state.enabled);
  // A boolean: the edge re-renders when the zoom crosses the threshold, not on every pan or zoom frame.
  const interactive = useStore(readableZoom) && enabled;
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
            aria-label={i18n.getFixedT(locale)('canvas.insertHere')}
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
