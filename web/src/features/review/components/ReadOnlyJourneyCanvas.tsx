import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import { useFlowAriaLabels } from '../../editor/hooks/useFlowAriaLabels';
import '../../editor/nodes/nodes.css';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { journeyCanvasProps } from '../../editor/components/flowTypes';
import { useFlowNodes } from '../../editor/hooks/useFlowNodes';
import { useQuickAddStore } from '../../editor/store/quickAddStore';
import {
  type DiffMark,
  type JourneyFlowEdge,
  type JourneyFlowNode,
  toFlowEdge,
} from '../../editor/utils/graphToFlow';

const noSelection: readonly string[] = [];

/** A journey drawn with the editor's node components but nothing editable: review, diff, past versions. */
export function ReadOnlyJourneyCanvas(props: {
  readonly graph: DraftJourneyGraph;
  readonly nodeMarks?: ReadonlyMap<string, DiffMark>;
  readonly edgeMarks?: ReadonlyMap<string, DiffMark>;
  readonly comments?: ReadonlyMap<string, number>;
  readonly selectedNodeId?: string | undefined;
  readonly onSelectNode?: (nodeId: string | undefined) => void;
}) {
  return (
    <ReactFlowProvider>
      <ReadOnlyCanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function ReadOnlyCanvasInner({
  graph,
  nodeMarks,
  edgeMarks,
  comments,
  selectedNodeId,
  onSelectNode,
}: Parameters<typeof ReadOnlyJourneyCanvas>[0]) {
  useEffect(() => {
    useQuickAddStore.getState().setEnabled(false);
    return () => useQuickAddStore.getState().setEnabled(true);
  }, []);
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const selectedIds = useMemo(() => (selectedNodeId ? [selectedNodeId] : noSelection), [selectedNodeId]);
  const nodes = useFlowNodes({
    nodes: graph.nodes,
    selectedIds,
    measured,
    ...(nodeMarks ? { diff: nodeMarks } : {}),
    ...(comments ? { comments } : {}),
  });
  const t = useT();
  const ariaLabelConfig = useFlowAriaLabels();
  const edgeLabel = t('canvas.edge');
  const edges = useMemo<JourneyFlowEdge[]>(
    () =>
      graph.edges.map((edge) => toFlowEdge(edge, { diff: edgeMarks?.get(edge.id), ariaLabel: edgeLabel })),
    [graph.edges, edgeMarks, edgeLabel],
  );
  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    const sizes = changes.flatMap((change) =>
      change.type === 'dimensions' && change.dimensions
        ? [[change.id, { width: change.dimensions.width, height: change.dimensions.height }] as const]
        : [],
    );
    if (sizes.length > 0) setMeasured((previous) => new Map([...previous, ...sizes]));
  }, []);
  return (
    <div className="jf-canvas jf-canvas-readonly" data-testid="readonly-canvas">
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        {...journeyCanvasProps}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onNodeClick={(_, node) => onSelectNode?.(node.id === selectedNodeId ? undefined : node.id)}
        onPaneClick={() => onSelectNode?.(undefined)}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1 }}
        onlyRenderVisibleElements={graph.nodes.length > 120}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
