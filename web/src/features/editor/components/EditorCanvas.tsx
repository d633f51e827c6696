import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  getViewportForBounds,
  MarkerType,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  useStore,
  type Viewport,
} from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { type NodeIssueCounts, useFlowNodes } from '../hooks/useFlowNodes';
import { useEditorStore } from '../store/editorStore';
import {
  type JourneyFlowEdge,
  type JourneyFlowNode,
  NODE_HEIGHT,
  NODE_WIDTH,
  toFlowEdge,
} from '../utils/graphToFlow';
import { journeyEdgeTypes, journeyNodeTypes, PALETTE_MIME } from './flowTypes';

const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
const snapGrid: [number, number] = [16, 16];
const proOptions = { hideAttribution: true };
const fitViewOptions = { padding: 0.2, maxZoom: 1 };
const MIN_ZOOM = 0.1;
const originViewport: Viewport = { x: 0, y: 0, zoom: 1 };

/**
 * The fitted viewport of a loaded journey, computed from the fixed card size before React Flow mounts.
 * With `fitView` alone React Flow first draws at zoom 1 (culling all but a few cards), waits for those
 * to be measured, then zooms out and draws the rest: two passes instead of one.
 */
function fittedViewport(
  nodes: readonly { position: { x: number; y: number } }[],
  width: number,
  height: number,
): Viewport {
  if (nodes.length === 0 || width === 0 || height === 0) return originViewport;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + NODE_WIDTH);
    maxY = Math.max(maxY, position.y + NODE_HEIGHT);
  }
  return getViewportForBounds(
    { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    width,
    height,
    MIN_ZOOM,
    fitViewOptions.maxZoom,
    fitViewOptions.padding,
  );
}
const minimapColor = (node: JourneyFlowNode) =>
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

/** Below this zoom, details nobody can read (edge "+" buttons, handle labels) are hidden to keep pan/zoom cheap. */
const DETAIL_ZOOM = 0.55;
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

export function EditorCanvas({ issues }: { readonly issues: ReadonlyMap<string, NodeIssueCounts> }) {
  const t = useT();
  const graph = useEditorStore((state) => state.graph);
  const selectedNodeIds = useEditorStore((state) => state.selectedNodeIds);
  const selectedEdgeIds = useEditorStore((state) => state.selectedEdgeIds);
  const readOnly = useEditorStore((state) => state.readOnly);
  const { screenToFlowPosition } = useReactFlow();
  const zoomedOut = useStore(zoomedOutSelector);
  // Fit the view to a loaded journey once; an empty canvas keeps its viewport so drops land where aimed.
  const [fitOnLoad] = useState(() => useEditorStore.getState().graph.nodes.length > 0);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [initialViewport, setInitialViewport] = useState<Viewport | undefined>(undefined);
  // Before the first paint: React Flow mounts already looking at the whole journey.
  useLayoutEffect(() => {
    const box = canvasRef.current?.getBoundingClientRect();
    setInitialViewport(
      fitOnLoad && box
        ? fittedViewport(useEditorStore.getState().graph.nodes, box.width, box.height)
        : originViewport,
    );
  }, [fitOnLoad]);
  // Sizes React Flow measured, kept for rebuilt node objects; a ref, as a new size alone needs no render.
  const measured = useRef(new Map<string, { width: number; height: number }>()).current;

  const nodes = useFlowNodes({ nodes: graph.nodes, selectedIds: selectedNodeIds, issues, measured });
  const edges = useMemo<JourneyFlowEdge[]>(() => {
    const selected = new Set(selectedEdgeIds);
    return graph.edges.map((edge) => toFlowEdge(edge, { selected: selected.has(edge.id) }));
  }, [graph.edges, selectedEdgeIds]);

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyFlowNode>[]) => {
      const store = useEditorStore.getState();
      const positions = new Map<string, { x: number; y: number }>();
      let selection: Set<string> | undefined;
      for (const change of changes) {
        if (change.type === 'position' && change.position) positions.set(change.id, change.position);
        else if (change.type === 'select') {
          selection ??= new Set(store.selectedNodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === 'dimensions' && change.dimensions) {
          measured.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
        }
      }
      if (positions.size > 0) store.moveNodes(positions);
      if (selection) store.select([...selection], store.selectedEdgeIds);
    },
    [measured],
  );

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
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const id of measured.keys()) if (!ids.has(id)) measured.delete(id);
  }, [graph.nodes, measured]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target of palette drags; keyboard users add steps with the palette buttons or quick add.
    <div
      ref={canvasRef}
      className={`jf-canvas${zoomedOut ? ' is-zoomed-out' : ''}`}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="editor-canvas"
    >
      {initialViewport && (
        <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={journeyNodeTypes}
          edgeTypes={journeyEdgeTypes}
          defaultEdgeOptions={defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onPaneClick={onPaneClick}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={null}
          multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
          selectionKeyCode="Shift"
          snapToGrid
          snapGrid={snapGrid}
          defaultViewport={initialViewport}
          fitView={fitOnLoad}
          fitViewOptions={fitViewOptions}
          minZoom={MIN_ZOOM}
          onlyRenderVisibleElements={graph.nodes.length > 120}
          proOptions={proOptions}
        >
          <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
          <MiniMap<JourneyFlowNode> pannable zoomable nodeColor={minimapColor} ariaLabel="Minimap" />
          <Controls showInteractive={false} />
        </ReactFlow>
      )}
      {graph.nodes.length === 0 && <div className="jf-canvas-empty">{t('editor.emptyCanvas')}</div>}
    </div>
  );
}
