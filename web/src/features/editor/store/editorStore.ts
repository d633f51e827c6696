import type { DraftJourneyGraph, DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { create } from 'zustand';
import { autoLayout } from '../utils/autoLayout';
import { type Connection, connectNodes } from '../utils/connectNodes';
import { createJourneyNode } from '../utils/createJourneyNode';
import { deleteNodesWithReconnect } from '../utils/deleteNodesWithReconnect';
import { copyFragment, type GraphFragment, pasteFragment } from '../utils/graphFragment';
import { insertNodeOnEdge } from '../utils/insertNodeOnEdge';
import { nodeHandles } from '../utils/nodeHandles';

/** What undo/redo restores: the whole document (graph and journey settings). */
export type EditorSnapshot = { readonly graph: DraftJourneyGraph; readonly settings: JourneySettings };

const HISTORY_LIMIT = 200;

export type EditorState = EditorSnapshot & {
  readonly journeyId: string | undefined;
  readonly readOnly: boolean;
  readonly selectedNodeIds: readonly string[];
  readonly selectedEdgeIds: readonly string[];
  readonly past: readonly EditorSnapshot[];
  readonly future: readonly EditorSnapshot[];
  /** Increases on every document change (including undo/redo); compared with `savedVersion` for "dirty". */
  readonly version: number;
  readonly savedVersion: number;
  /** Set while a node drag is in progress: intermediate positions are not separate undo steps. */
  readonly dragging: boolean;

  readonly load: (journeyId: string, snapshot: EditorSnapshot, options?: { readOnly?: boolean }) => void;
  readonly markSaved: (version: number) => void;
  readonly addNode: (
    type: NodeType,
    position: { x: number; y: number },
    options?: { connectFrom?: Connection['source'] },
  ) => string;
  readonly insertOnEdge: (edgeId: string, type: NodeType, position: { x: number; y: number }) => string;
  readonly connect: (connection: Connection) => void;
  readonly deleteSelection: () => void;
  readonly deleteEdges: (edgeIds: readonly string[]) => void;
  readonly updateNodeSettings: (nodeId: string, settings: DraftJourneyNode['settings']) => void;
  readonly updateNodeLabel: (nodeId: string, label: string) => void;
  readonly updateSettings: (settings: JourneySettings) => void;
  readonly beginDrag: () => void;
  readonly moveNodes: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
  readonly endDrag: () => void;
  readonly layout: () => void;
  readonly select: (nodeIds: readonly string[], edgeIds?: readonly string[]) => void;
  readonly copySelection: () => GraphFragment | undefined;
  readonly paste: (fragment: GraphFragment) => number;
  readonly undo: () => void;
  readonly redo: () => void;
};

const emptySnapshot: EditorSnapshot = { graph: { nodes: [], edges: [] }, settings: {} };

/** A freshly opened journey: nothing selected, no undo history, nothing unsaved, no drag under way. */
const freshSession = {
  selectedNodeIds: [],
  selectedEdgeIds: [],
  past: [],
  future: [],
  version: 0,
  savedVersion: 0,
  dragging: false,
} as const;

export const useEditorStore = create<EditorState>()((set, get) => {
  /** Applies a document change as one undo step. No-op changes (same graph and settings) are dropped. */
  const commit = (
    next: Partial<EditorSnapshot>,
    selection?: { nodes?: readonly string[]; edges?: readonly string[] },
  ) => {
    const state = get();
    if (state.readOnly) return;
    const graph = next.graph ?? state.graph;
    const settings = next.settings ?? state.settings;
    if (graph === state.graph && settings === state.settings) return;
    set({
      graph,
      settings,
      past: [...state.past.slice(-(HISTORY_LIMIT - 1)), { graph: state.graph, settings: state.settings }],
      future: [],
      version: state.version + 1,
      ...(selection?.nodes ? { selectedNodeIds: selection.nodes } : {}),
      ...(selection?.edges ? { selectedEdgeIds: selection.edges } : {}),
    });
  };

  const mapNode = (nodeId: string, change: (node: DraftJourneyNode) => DraftJourneyNode) => {
    const { graph } = get();
    commit({
      graph: {
        nodes: graph.nodes.map((node) => (node.id === nodeId ? change(node) : node)),
        edges: graph.edges,
      },
    });
  };

  return {
    ...emptySnapshot,
    ...freshSession,
    journeyId: undefined,
    readOnly: false,

    load: (journeyId, snapshot, options) =>
      set({
        journeyId,
        graph: snapshot.graph,
        settings: snapshot.settings,
        readOnly: options?.readOnly ?? false,
        ...freshSession,
      }),

    markSaved: (version) => set({ savedVersion: version }),

    addNode: (type, position, options) => {
      const node = createJourneyNode(type, position);
      let graph: DraftJourneyGraph = { nodes: [...get().graph.nodes, node], edges: get().graph.edges };
      const from = options?.connectFrom;
      if (from) {
        const source = graph.nodes.find((candidate) => candidate.id === from);
        const used = new Set(
          graph.edges.filter((edge) => edge.source === from).map((edge) => edge.sourceHandle),
        );
        const handles = source ? outputHandleIds(source) : [];
        const free = handles.find((handle) => !used.has(handle));
        if (free) graph = connectNodes(graph, { source: from, sourceHandle: free, target: node.id });
      }
      commit({ graph }, { nodes: [node.id], edges: [] });
      return node.id;
    },

    insertOnEdge: (edgeId, type, position) => {
      const node = createJourneyNode(type, position);
      commit({ graph: insertNodeOnEdge(get().graph, edgeId, node) }, { nodes: [node.id], edges: [] });
      return node.id;
    },

    connect: (connection) => commit({ graph: connectNodes(get().graph, connection) }),

    deleteSelection: () => {
      const { graph, selectedNodeIds, selectedEdgeIds } = get();
      let next = deleteNodesWithReconnect(graph, selectedNodeIds);
      if (selectedEdgeIds.length > 0) {
        const edgeIds = new Set(selectedEdgeIds);
        next = { nodes: next.nodes, edges: next.edges.filter((edge) => !edgeIds.has(edge.id)) };
      }
      commit({ graph: next }, { nodes: [], edges: [] });
    },

    deleteEdges: (edgeIds) => {
      const ids = new Set(edgeIds);
      const { graph } = get();
      commit({ graph: { nodes: graph.nodes, edges: graph.edges.filter((edge) => !ids.has(edge.id)) } });
    },

    updateNodeSettings: (nodeId, settings) => {
      const { graph } = get();
      // Edges from handles that no longer exist (a removed branch) would dangle: drop them.
      const nodes = graph.nodes.map((node) =>
        node.id === nodeId ? ({ ...node, settings } as DraftJourneyNode) : node,
      );
      const changed = nodes.find((node) => node.id === nodeId);
      const handles = changed ? new Set(outputHandleIds(changed)) : new Set<string>();
      const edges = graph.edges.filter((edge) => edge.source !== nodeId || handles.has(edge.sourceHandle));
      commit({ graph: { nodes, edges: edges.length === graph.edges.length ? graph.edges : edges } });
    },

    updateNodeLabel: (nodeId, label) =>
      mapNode(nodeId, (node) => {
        const { label: _old, ...rest } = node;
        return (label.trim() === '' ? rest : { ...rest, label }) as DraftJourneyNode;
      }),

    updateSettings: (settings) => commit({ settings }),

    beginDrag: () => {
      const state = get();
      if (state.readOnly || state.dragging) return;
      // The position before the drag is one undo step; the moves during the drag are not.
      set({
        dragging: true,
        past: [...state.past.slice(-(HISTORY_LIMIT - 1)), { graph: state.graph, settings: state.settings }],
        future: [],
      });
    },

    moveNodes: (positions) => {
      const state = get();
      if (state.readOnly) return;
      const graph = {
        nodes: state.graph.nodes.map((node) => {
          const position = positions.get(node.id);
          return position
            ? ({
                ...node,
                position: { x: Math.round(position.x), y: Math.round(position.y) },
              } as DraftJourneyNode)
            : node;
        }),
        edges: state.graph.edges,
      };
      if (state.dragging) set({ graph, version: state.version + 1 });
      else commit({ graph });
    },

    endDrag: () => set({ dragging: false }),

    layout: () => commit({ graph: autoLayout(get().graph) }),

    select: (nodeIds, edgeIds = []) => {
      const state = get();
      if (sameIds(state.selectedNodeIds, nodeIds) && sameIds(state.selectedEdgeIds, edgeIds)) return;
      set({ selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds });
    },

    copySelection: () => {
      const { graph, selectedNodeIds } = get();
      return selectedNodeIds.length === 0 ? undefined : copyFragment(graph, selectedNodeIds);
    },

    paste: (fragment) => {
      if (fragment.nodes.length === 0) return 0;
      const { graph, nodeIds } = pasteFragment(get().graph, fragment);
      commit({ graph }, { nodes: nodeIds, edges: [] });
      return nodeIds.length;
    },

    undo: () => {
      const state = get();
      const previous = state.past.at(-1);
      if (!previous || state.readOnly) return;
      set({
        graph: previous.graph,
        settings: previous.settings,
        past: state.past.slice(0, -1),
        future: [{ graph: state.graph, settings: state.settings }, ...state.future],
        version: state.version + 1,
        selectedNodeIds: state.selectedNodeIds.filter((id) =>
          previous.graph.nodes.some((node) => node.id === id),
        ),
        selectedEdgeIds: [],
      });
    },

    redo: () => {
      const state = get();
      const [next, ...rest] = state.future;
      if (!next || state.readOnly) return;
      set({
        graph: next.graph,
        settings: next.settings,
        past: [...state.past, { graph: state.graph, settings: state.settings }],
        future: rest,
        version: state.version + 1,
        selectedNodeIds: state.selectedNodeIds.filter((id) =>
          next.graph.nodes.some((node) => node.id === id),
        ),
        selectedEdgeIds: [],
      });
    },
  };
});

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function outputHandleIds(node: DraftJourneyNode): string[] {
  return nodeHandles(node).map((handle) => handle.id);
}
