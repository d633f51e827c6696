import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { useMemo, useRef } from 'react';
import { cardHandles } from '../utils/cardHandles';
import {
  type DiffMark,
  type JourneyFlowNode,
  NODE_HEIGHT,
  NODE_WIDTH,
  toFlowNode,
} from '../utils/graphToFlow';

export type NodeIssueCounts = { readonly errors: number; readonly warnings: number };

type CacheEntry = {
  readonly source: DraftJourneyNode;
  readonly selected: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly diff: DiffMark | undefined;
  readonly comments: number;
  readonly measured: { readonly width: number; readonly height: number };
  readonly flow: JourneyFlowNode;
};

/**
 * The size a node carries before React Flow has measured it: the fixed card size (.jf-node). React Flow
 * drops a node's handle positions whenever it receives a node object without `measured` (it assumes the
 * node was re-initialised); a freshly dropped node rebuilt in that window (selected, validated) kept no
 * handle bounds, and an edge dragged to it was added but never drawn (issue 15). One shared object, so
 * the cache below sees it as unchanged.
 */
export const UNMEASURED_SIZE: { readonly width: number; readonly height: number } = {
  width: NODE_WIDTH,
  height: NODE_HEIGHT,
};

const sameSize = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  a.width === b.width && a.height === b.height;

type Size = { readonly width: number; readonly height: number };

/**
 * The known sizes with React Flow's new measurements applied; the same map when every measurement says
 * what was already known (a card drawn at its fixed size), so the canvas does not re-render at all as
 * cards scroll into view and are measured.
 */
export function withMeasuredSizes(
  previous: ReadonlyMap<string, Size>,
  sizes: ReadonlyMap<string, Size>,
): ReadonlyMap<string, Size> {
  let next: Map<string, Size> | undefined;
  for (const [id, size] of sizes) {
    if (sameSize(previous.get(id) ?? UNMEASURED_SIZE, size)) continue;
    next ??= new Map(previous);
    next.set(id, size);
  }
  return next ?? previous;
}

export type FlowNodeInputs = {
  readonly nodes: readonly DraftJourneyNode[];
  readonly selectedIds: readonly string[];
  readonly issues?: ReadonlyMap<string, NodeIssueCounts>;
  readonly diff?: ReadonlyMap<string, DiffMark>;
  readonly comments?: ReadonlyMap<string, number>;
  readonly measured: ReadonlyMap<string, { width: number; height: number }>;
};

/**
 * Converts domain nodes to React Flow nodes, reusing the previous object for every node whose inputs did
 * not change. React Flow re-renders only nodes whose object changed, so dragging one node of 300 redraws one.
 */
export function useFlowNodes({
  nodes,
  selectedIds,
  issues,
  diff,
  comments,
  measured,
}: FlowNodeInputs): JourneyFlowNode[] {
  const cache = useRef(new Map<string, CacheEntry>());
  return useMemo(() => {
    const selected = new Set(selectedIds);
    const next = new Map<string, CacheEntry>();
    const result = nodes.map((node) => {
      const isSelected = selected.has(node.id);
      const counts = issues?.get(node.id);
      const errors = counts?.errors ?? 0;
      const warnings = counts?.warnings ?? 0;
      const mark = diff?.get(node.id);
      const commentCount = comments?.get(node.id) ?? 0;
      const size = measured.get(node.id) ?? UNMEASURED_SIZE;
      const previous = cache.current.get(node.id);
      const sameInputs =
        previous !== undefined &&
        previous.source === node &&
        previous.selected === isSelected &&
        previous.errors === errors &&
        previous.warnings === warnings &&
        previous.diff === mark &&
        previous.comments === commentCount;
      // Compared by value: the first measurement of a card reports the size it was given up front.
      if (sameInputs && sameSize(previous.measured, size)) {
        next.set(node.id, previous);
        return previous.flow;
      }
      // Only the size changed: the card's data object is kept, so the memoized card does not redraw.
      const flow = sameInputs
        ? previous.flow
        : toFlowNode(node, {
            selected: isSelected,
            errorCount: errors,
            warningCount: warnings,
            diff: mark,
            comments: commentCount,
          });
      // The handles go with the size: React Flow then needs no mount of the card to draw its edges.
      const withSize: JourneyFlowNode = {
        ...flow,
        measured: { width: size.width, height: size.height },
        handles: cardHandles(flow.data.handles, size, flow.type !== 'entry'),
      };
      next.set(node.id, {
        source: node,
        selected: isSelected,
        errors,
        warnings,
        diff: mark,
        comments: commentCount,
        measured: size,
        flow: withSize,
      });
      return withSize;
    });
    cache.current = next;
    return result;
  }, [nodes, selectedIds, issues, diff, comments, measured]);
}
