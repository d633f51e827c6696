import { seedJourneys } from '@journeyflow/shared/journey/fixtures/seedJourneys';
import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { describe, expect, it } from 'vitest';
import { seedJourney } from '../testing/seedGraphs';
import { flowToGraph, graphToFlow, toFlowEdge, toFlowNode } from './graphToFlow';

describe('graph ↔ React Flow converters', () => {
  it.each(seedJourneys.map((entry) => entry.key))('round-trips the seed journey %s unchanged', (key) => {
    const { graph } = seedJourney(key);
    const flow = graphToFlow(graph);
    expect(flowToGraph(flow.nodes, flow.edges)).toEqual(graph);
  });

  it('uses the node category as the React Flow type and keeps data serializable', () => {
    const { graph } = seedJourney('browse-abandonment');
    const { nodes } = graphToFlow(graph);
    expect(nodes.map((node) => node.type)).toEqual(['entry', 'message', 'wait', 'message', 'exit', 'exit']);
    const roundTripped = JSON.parse(JSON.stringify(nodes));
    expect(roundTripped).toEqual(nodes);
  });

  it('labels output handles: wait.event matched/timeout, split branches by their label', () => {
    const wait = toFlowNode({
      id: 'w',
      type: 'wait.event',
      position: { x: 0, y: 0 },
      settings: { event: 'purchase', timeoutSeconds: 60 },
    });
    expect(wait.data.handles).toEqual([
      { id: 'matched', label: 'matched' },
      { id: 'timeout', label: 'timeout' },
    ]);
    const split: DraftJourneyNode = {
      id: 's',
      type: 'split.random',
      position: { x: 0, y: 0 },
      settings: {
        branches: [
          { id: 'a', label: '쿠폰 A', percent: 50 },
          { id: 'b', label: '', percent: 50 },
        ],
      },
    };
    expect(toFlowNode(split).data.handles).toEqual([
      { id: 'a', label: '쿠폰 A' },
      { id: 'b', label: 'b' },
    ]);
    const condition = toFlowNode({
      id: 'c',
      type: 'condition',
      position: { x: 0, y: 0 },
      settings: { condition: { all: [] } },
    });
    expect(condition.data.handles.map((handle) => handle.id)).toEqual(['yes', 'no']);
  });

  it('draws half-edited settings without throwing (no handles instead of a crash)', () => {
    const broken = toFlowNode({
      id: 's',
      type: 'split.multi',
      position: { x: 0, y: 0 },
      settings: { branches: 'oops' },
    });
    expect(broken.data.handles.every((handle) => typeof handle.id === 'string')).toBe(true);
  });

  it('carries selection, issue counts and diff marks into node data', () => {
    const node = toFlowNode(
      { id: 'x', type: 'exit', position: { x: 1, y: 2 }, settings: {} },
      { selected: true, errorCount: 2, warningCount: 1, diff: 'added' },
    );
    expect(node.selected).toBe(true);
    expect(node.data).toMatchObject({ errorCount: 2, warningCount: 1, diff: 'added' });
    expect(toFlowEdge({ id: 'e', source: 'a', sourceHandle: 'yes', target: 'b' }).data?.handleLabel).toBe(
      'yes',
    );
  });
});
