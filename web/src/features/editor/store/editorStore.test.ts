import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedJourney } from '../testing/seedGraphs';
import { useEditorStore } from './editorStore';

const store = () => useEditorStore.getState();
const chain: DraftJourneyGraph = {
  nodes: [
    { id: 'a', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signup' } },
    { id: 'b', type: 'wait.duration', position: { x: 0, y: 160 }, settings: { seconds: 3600 } },
    { id: 'c', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'a', sourceHandle: 'next', target: 'b' },
    { id: 'e2', source: 'b', sourceHandle: 'next', target: 'c' },
  ],
};

beforeEach(() => {
  localStorage.clear();
  store().load('j1', { graph: chain, settings: {} });
});

describe('editor store', () => {
  it('undoes and redoes adding, connecting and changing settings, one step each', () => {
    const id = store().addNode('send', { x: 200, y: 200 });
    store().connect({ source: 'c', sourceHandle: 'next', target: id }); // exit has no handles: still an edge op
    store().updateNodeSettings('b', { seconds: 7200 });
    store().updateSettings({ timezone: 'Asia/Tokyo' });
    expect(store().graph.nodes.find((node) => node.id === 'b')?.settings).toEqual({ seconds: 7200 });

    store().undo();
    expect(store().settings).toEqual({});
    store().undo();
    expect(store().graph.nodes.find((node) => node.id === 'b')?.settings).toEqual({ seconds: 3600 });
    store().undo();
    store().undo();
    expect(store().graph).toEqual(chain);
    expect(store().past).toHaveLength(0);

    store().redo();
    expect(store().graph.nodes.map((node) => node.id)).toContain(id);
    store().redo();
    store().redo();
    store().redo();
    expect(store().settings).toEqual({ timezone: 'Asia/Tokyo' });
    expect(store().future).toHaveLength(0);
  });

  it('a new edit after undo clears the redo stack', () => {
    store().updateNodeLabel('a', 'Signed up');
    store().undo();
    store().updateNodeLabel('a', 'Joined');
    expect(store().future).toHaveLength(0);
    store().redo();
    expect(store().graph.nodes[0]?.label).toBe('Joined');
  });

  it('counts a whole drag as one undo step', () => {
    store().beginDrag();
    for (let x = 1; x <= 5; x++) store().moveNodes(new Map([['b', { x: x * 10, y: 160 }]]));
    store().endDrag();
    expect(store().graph.nodes[1]?.position).toEqual({ x: 50, y: 160 });
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().graph.nodes[1]?.position).toEqual({ x: 0, y: 160 });
  });

  it('marks the document dirty until saved at that version', () => {
    expect(store().version).toBe(store().savedVersion);
    store().updateNodeLabel('a', 'x');
    expect(store().version).not.toBe(store().savedVersion);
    store().markSaved(store().version);
    expect(store().version).toBe(store().savedVersion);
  });

  it('inserts a node on an edge: source → new → target', () => {
    const id = store().insertOnEdge('e1', 'wait.event', { x: 0, y: 80 });
    const edges = store().graph.edges;
    expect(edges.find((edge) => edge.id === 'e1')).toBeUndefined();
    expect(edges).toContainEqual(expect.objectContaining({ source: 'a', sourceHandle: 'next', target: id }));
    // wait.event continues by its first handle, `matched`.
    expect(edges).toContainEqual(
      expect.objectContaining({ source: id, sourceHandle: 'matched', target: 'b' }),
    );
    expect(store().selectedNodeIds).toEqual([id]);
    store().undo();
    expect(store().graph).toEqual(chain);
  });

  it('inserting on an edge pushes the rest of the path down instead of stacking cards', () => {
    const id = store().insertOnEdge('e1', 'wait.duration', { x: 0, y: 80 });
    const y = (nodeId: string) => store().graph.nodes.find((node) => node.id === nodeId)!.position.y;
    expect(y(id)).toBe(80);
    expect(y('b')).toBeGreaterThanOrEqual(80 + 140);
    expect(y('c') - y('b')).toBe(160);
    expect(y('a')).toBe(0);
  });

  it('deleting a node with one input and one output reconnects its neighbours', () => {
    store().select(['b']);
    store().deleteSelection();
    expect(store().graph.nodes.map((node) => node.id)).toEqual(['a', 'c']);
    expect(store().graph.edges).toEqual([
      expect.objectContaining({ source: 'a', sourceHandle: 'next', target: 'c' }),
    ]);
  });

  it('deleting several nodes removes their edges without reconnecting', () => {
    store().select(['a', 'b']);
    store().deleteSelection();
    expect(store().graph.nodes.map((node) => node.id)).toEqual(['c']);
    expect(store().graph.edges).toEqual([]);
  });

  it('deletes selected edges', () => {
    store().select([], ['e2']);
    store().deleteSelection();
    expect(store().graph.edges.map((edge) => edge.id)).toEqual(['e1']);
  });

  it('copies the selection with its inner edges and pastes it with fresh ids, offset', () => {
    store().select(['a', 'b']);
    const fragment = store().copySelection();
    expect(fragment?.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(fragment?.edges.map((edge) => edge.id)).toEqual(['e1']);

    // Paste into another journey, as Ctrl+V does after Ctrl+C in a different tab.
    store().load('j2', { graph: { nodes: [], edges: [] }, settings: {} });
    expect(store().paste(fragment!)).toBe(2);
    const { nodes, edges } = store().graph;
    expect(nodes.map((node) => node.type)).toEqual(['entry.event', 'wait.duration']);
    expect(nodes.every((node) => node.id !== 'a' && node.id !== 'b')).toBe(true);
    expect(nodes[0]?.position).toEqual({ x: 40, y: 40 });
    expect(edges).toEqual([
      expect.objectContaining({ source: nodes[0]?.id, target: nodes[1]?.id, sourceHandle: 'next' }),
    ]);
    expect(store().selectedNodeIds).toEqual(nodes.map((node) => node.id));
    // Pasting twice never collides.
    store().paste(fragment!);
    expect(new Set(store().graph.nodes.map((node) => node.id)).size).toBe(4);
  });

  it('replaces the edge of a handle when it is connected again, and refuses self-loops', () => {
    store().connect({ source: 'a', sourceHandle: 'next', target: 'c' });
    expect(store().graph.edges.filter((edge) => edge.source === 'a')).toEqual([
      expect.objectContaining({ target: 'c' }),
    ]);
    const before = store().graph;
    store().connect({ source: 'b', sourceHandle: 'next', target: 'b' });
    expect(store().graph).toBe(before);
  });

  it('drops edges of split branches that were removed in the inspector', () => {
    const split = store().addNode('split.random', { x: 0, y: 0 });
    store().connect({ source: split, sourceHandle: 'a', target: 'b' });
    store().connect({ source: split, sourceHandle: 'b', target: 'c' });
    store().updateNodeSettings(split, { branches: [{ id: 'a', label: 'A', percent: 100 }] });
    expect(
      store()
        .graph.edges.filter((edge) => edge.source === split)
        .map((edge) => edge.sourceHandle),
    ).toEqual(['a']);
  });

  it('adds a node after another, using its first free handle', () => {
    const wait = store().addNode('wait.event', { x: 0, y: 0 });
    const first = store().addNode('exit', { x: 0, y: 0 }, { connectFrom: wait });
    const second = store().addNode('send', { x: 0, y: 0 }, { connectFrom: wait });
    const fromWait = store().graph.edges.filter((edge) => edge.source === wait);
    expect(fromWait).toEqual([
      expect.objectContaining({ sourceHandle: 'matched', target: first }),
      expect.objectContaining({ sourceHandle: 'timeout', target: second }),
    ]);
  });

  it('auto-layout places a seed journey top to bottom and is undoable', () => {
    const { graph, settings } = seedJourney('browse-abandonment');
    store().load('j3', { graph, settings });
    store().layout();
    const y = (id: string) => store().graph.nodes.find((node) => node.id === id)!.position.y;
    expect(y('entry')).toBeLessThan(y('coupon'));
    expect(y('coupon')).toBeLessThan(y('wait'));
    expect(y('wait')).toBeLessThan(y('similar'));
    store().undo();
    expect(store().graph).toEqual(graph);
  });

  it('ignores edits when read-only', () => {
    store().load('j4', { graph: chain, settings: {} }, { readOnly: true });
    store().addNode('exit', { x: 0, y: 0 });
    store().select(['b']);
    store().deleteSelection();
    expect(store().graph).toEqual(chain);
  });
});
