import type { DraftJourneyGraph, DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { JourneyDiff } from '@journeyflow/shared/journey/journeyDiffSchema';
import type { DiffMark } from '../../editor/utils/graphToFlow';

export type DiffView = {
  /** The draft graph plus the removed nodes and edges of the live version, drawn as ghosts. */
  readonly graph: DraftJourneyGraph;
  readonly nodeMarks: ReadonlyMap<string, DiffMark>;
  readonly edgeMarks: ReadonlyMap<string, DiffMark>;
};

/**
 * Merges a diff onto the draft for one canvas: added and changed nodes are marked, removed ones come
 * back from the diff (with their old position) so the reviewer sees what disappears.
 */
export function diffMarks(draft: DraftJourneyGraph, diff: JourneyDiff | undefined): DiffView {
  const nodeMarks = new Map<string, DiffMark>();
  const edgeMarks = new Map<string, DiffMark>();
  if (!diff) return { graph: draft, nodeMarks, edgeMarks };
  for (const node of diff.nodes.added) nodeMarks.set(node.id, 'added');
  for (const change of diff.nodes.changed) nodeMarks.set(change.nodeId, 'changed');
  for (const edge of diff.edges.added) edgeMarks.set(edge.id, 'added');
  const present = new Set(draft.nodes.map((node) => node.id));
  const removedNodes: DraftJourneyNode[] = diff.nodes.removed
    .filter((node) => !present.has(node.id))
    .map((node) => {
      nodeMarks.set(node.id, 'removed');
      return {
        id: node.id,
        type: node.type as DraftJourneyNode['type'],
        position: node.position ?? { x: 0, y: 0 },
        ...(node.label === undefined ? {} : { label: node.label }),
        settings: (node.settings ?? {}) as Record<string, unknown>,
      };
    });
  const allIds = new Set([...present, ...removedNodes.map((node) => node.id)]);
  const presentEdges = new Set(draft.edges.map((edge) => edge.id));
  const removedEdges = diff.edges.removed.filter(
    (edge) => !presentEdges.has(edge.id) && allIds.has(edge.source) && allIds.has(edge.target),
  );
  for (const edge of removedEdges) edgeMarks.set(edge.id, 'removed');
  return {
    graph: { nodes: [...draft.nodes, ...removedNodes], edges: [...draft.edges, ...removedEdges] },
    nodeMarks,
    edgeMarks,
  };
}
