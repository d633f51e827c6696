import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  getSmoothStepPath,
  type ReactFlowState,
  useStore,
} from '@xyflow/react';
import { memo, useCallback, useRef } from 'react';
import { useLocaleStore } from '../../../i18n/localeStore';
import { translatorFor } from '../../../i18n/useT';
import { useQuickAddStore } from '../store/quickAddStore';
import type { JourneyFlowEdge } from '../utils/graphToFlow';
import { obstacleIndex } from '../utils/obstacleIndex';
import { roundedPath, routeAround } from '../utils/routeEdge';

/** Below this zoom the "+" is too small to aim at (the canvas hides it too); not drawing it saves a DOM node per edge. */
export const PLUS_MIN_ZOOM = 0.55;
export const readableZoom = (state: { transform: [number, number, number] }) =>
  state.transform[2] >= PLUS_MIN_ZOOM;

/** An edge with a "+" in the middle that opens quick-add to insert a step there (read-only canvases hide it). */
export const PlusEdge = memo(function PlusEdge(props: EdgeProps<JourneyFlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, selected, data, markerEnd } = props;
  // A cheap store read per edge (canvases draw hundreds) rather than an i18next subscription each.
  const locale = useLocaleStore((state) => state.locale);
  const routed = useRoutedPath(source, target, sourceX, sourceY, targetX, targetY);
  const [path, labelX, labelY] = routed
    ? [routed.path, routed.labelX, routed.labelY]
    : getSmoothStepPath({ ...props, borderRadius: 10 });
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
            aria-label={translatorFor(locale)('canvas.insertHere')}
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

type Routed = { readonly path: string; readonly labelX: number; readonly labelY: number } | null;

/**
 * The edge's path around the other nodes (null: the plain smoothstep is clear, or routing gave up). Read
 * from the store with a selector that recomputes only when the nodes array or the edge's ends change (not
 * on pan/zoom frames), and returns the previous object when the path is the same, so an edge re-renders
 * only when its own route changes.
 */
function useRoutedPath(
  source: string,
  target: string,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
): Routed {
  const memo = useRef<{ nodes: unknown; key: string; value: Routed }>({ nodes: null, key: '', value: null });
  const selector = useCallback(
    (state: ReactFlowState) => {
      const key = `${sx},${sy},${tx},${ty}`;
      const last = memo.current;
      if (last.nodes === state.nodes && last.key === key) return last.value;
      const index = obstacleIndex(state.nodes);
      const from = { x: sx, y: sy };
      const to = { x: tx, y: ty };
      const points = index ? routeAround(from, to, index.near(from, to, [source, target])) : null;
      const next = points ? roundedPath(points) : null;
      const value = next && last.value && next.path === last.value.path ? last.value : next;
      memo.current = { nodes: state.nodes, key, value };
      return value;
    },
    [source, target, sx, sy, tx, ty],
  );
  return useStore(selector);
}
