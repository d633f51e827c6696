import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useFlowAriaLabels } from '../hooks/useFlowAriaLabels';
import { type NodeIssueCounts, useFlowNodes, withMeasuredSizes } from '../hooks/useFlowNodes';
import { useEditorStore } from '../store/editorStore';
import { type JourneyFlowEdge, type JourneyFlowNode, toFlowEdge } from '../utils/graphToFlow';
import { initialFitNodes, READABLE_MIN_ZOOM } from '../utils/initialFitNodes';
import { journeyCanvasProps, PALETTE_MIME } from './flowTypes';
import { MiniMapShapes } from './MiniMapShapes';
import { PLUS_MIN_ZOOM } from './PlusEdge';

const snapGrid: [number, number] = [16, 16];
/** Below this zoom, details nobody can read (edge "+" buttons, handle labels) are hidden to keep pan/zoom cheap. */
const DETAIL_ZOOM = PLUS_MIN_ZOOM;
/** Above this many steps the minimap is drawn after the canvas, so it does not delay the first paint. */
const MINIMAP_DEFER_NODES = 150;
const zoomedOutSelector = (state: { transform: [number, number, number] }) =>
  state.transform[2] < DETAIL_ZOOM;

/** Finds the edge under a drop point: its wide invisible stroke or its "+" button. */
function edgeAtPoint(clientX: number, clientY: number): string | undefined {
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const edge = element.closest('.react-flow__edge[data-id]');
    if (edge) return edge.getAttribute('data-id') ?? undefined;
    const plus = element.closest<HTMLElement>('[data-testid^="edge-plus-"]');
    if (plus) return plus.dataset.testid?.slice('edge-plus-'.length);
  }
  return undefined;
}

export function EditorCanvas({
  issues,
  comments,
}: {
  readonly issues: ReadonlyMap<string, NodeIssueCounts>;
  /** Open review comments per step, drawn as a badge on the node. */
  readonly comments?: ReadonlyMap<string, number>;
}) {
  const t = useT();
  const graph = useEditorStore((state) => state.graph);
  const selectedNodeIds = useEditorStore((state) => state.selectedNodeIds);
  const selectedEdgeIds = useEditorStore((state) => state.selectedEdgeIds);
  const readOnly = useEditorStore((state) => state.readOnly);
  const { screenToFlowPosition } = useReactFlow();
  const zoomedOut = useStore(zoomedOutSelector);
  // Fit the view to a loaded journey once; an empty canvas keeps its viewport so drops land where aimed.
  const [fitOnLoad] = useState(() => useEditorStore.getState().graph.nodes.length > 0);
  const [showMinimap, setShowMinimap] = useState(
    () => useEditorStore.getState().graph.nodes.length <= MINIMAP_DEFER_NODES,
  );
  useEffect(() => {
    if (showMinimap) return;
    const timer = setTimeout(() => setShowMinimap(true), 300);
    return () => clearTimeout(timer);
  }, [showMinimap]);
  // Opened at a readable zoom: a large journey fits its start, not the whole graph shrunk to dots.
  const [fitOptions] = useState(() => {
    const nodes = initialFitNodes(useEditorStore.getState().graph);
    return { padding: 0.2, maxZoom: 1, minZoom: READABLE_MIN_ZOOM, ...(nodes ? { nodes } : {}) };
  });
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());

  const nodes = useFlowNodes({
    nodes: graph.nodes,
    selectedIds: selectedNodeIds,
    issues,
    measured,
    ...(comments ? { comments } : {}),
  });
  const ariaLabelConfig = useFlowAriaLabels();
  const edgeLabel = t('canvas.edge');
  const edges = useMemo<JourneyFlowEdge[]>(() => {
    const selected = new Set(selectedEdgeIds);
    return graph.edges.map((edge) =>
      toFlowEdge(edge, { selected: selected.has(edge.id), ariaLabel: edgeLabel }),
    );
  }, [graph.edges, selectedEdgeIds, edgeLabel]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    const store = useEditorStore.getState();
    const positions = new Map<string, { x: number; y: number }>();
    let selection: Set<string> | undefined;
    let sizes: Map<string, { width: number; height: number }> | undefined;
    for (const change of changes) {
      if (change.type === 'position' && change.position) positions.set(change.id, change.position);
      else if (change.type === 'select') {
        selection ??= new Set(store.selectedNodeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      } else if (change.type === 'dimensions' && change.dimensions) {
        sizes ??= new Map();
        sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
      }
    }
    if (positions.size > 0) store.moveNodes(positions);
    if (selection) store.select([...selection], store.selectedEdgeIds);
    if (sizes) {
      const update = sizes;
      setMeasured((previous) => withMeasuredSizes(previous, update));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<JourneyFlowEdge>[]) => {
    const store = useEditorStore.getState();
    let selection: Set<string> | undefined;
    for (const change of changes) {
      if (change.type === 'select') {
        selection ??= new Set(store.selectedEdgeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (selection) store.select(store.selectedNodeIds, [...selection]);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    useEditorStore.getState().connect({
      source: connection.source,
      sourceHandle: connection.sourceHandle ?? 'next',
      target: connection.target,
    });
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      const type = event.dataTransfer.getData(PALETTE_MIME) || event.dataTransfer.getData('text/plain');
      if (!isNodeType(type)) return;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = { x: point.x - 120, y: point.y - 30 };
      const store = useEditorStore.getState();
      const edgeId = edgeAtPoint(event.clientX, event.clientY);
      if (edgeId) store.insertOnEdge(edgeId, type, position);
      else store.addNode(type, position);
    },
    [screenToFlowPosition],
  );

  const onNodeDragStart = useCallback(() => useEditorStore.getState().beginDrag(), []);
  const onNodeDragStop = useCallback(() => useEditorStore.getState().endDrag(), []);
  const onPaneClick = useCallback(() => useEditorStore.getState().select([], []), []);

  // Forget sizes of nodes that no longer exist, so a re-added id is measured afresh.
  useEffect(() => {
    setMeasured((previous) => {
      const ids = new Set(graph.nodes.map((node) => node.id));
      if ([...previous.keys()].every((id) => ids.has(id))) return previous;
      return new Map([...previous].filter(([id]) => ids.has(id)));
    });
  }, [graph.nodes]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target of palette drags; keyboard users add steps with the palette buttons or quick add.
    <div
      className={`jf-canvas${zoomedOut ? ' is-zoomed-out' : ''}`}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="editor-canvas"
    >
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        {...journeyCanvasProps}
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={onPaneClick}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        selectionKeyCode="Shift"
        snapToGrid
        snapGrid={snapGrid}
        fitView={fitOnLoad}
        fitViewOptions={fitOptions}
        onlyRenderVisibleElements={graph.nodes.length > 120}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        {showMinimap && (
          <MiniMap<JourneyFlowNode>
            pannable
            zoomable
            nodeComponent={MiniMapShapes}
            ariaLabel={t('canvas.minimap')}
          />
        )}
        <Controls showInteractive={false} />
      </ReactFlow>
      {graph.nodes.length === 0 && <div className="jf-canvas-empty">{t('editor.emptyCanvas')}</div>}
    </div>
  );
}
