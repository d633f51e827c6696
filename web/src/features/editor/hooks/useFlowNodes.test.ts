import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FlowNodeInputs, UNMEASURED_SIZE, useFlowNodes, withMeasuredSizes } from './useFlowNodes';

const exit = { id: 'n1', type: 'exit', position: { x: 0, y: 0 }, settings: {} } as DraftJourneyNode;
const wait = {
  id: 'n2',
  type: 'wait.event',
  position: { x: 0, y: 200 },
  settings: { event: 'purchase', timeoutSeconds: 3600 },
} as DraftJourneyNode;

describe('useFlowNodes', () => {
  // Issue 15: React Flow forgets a node's handle bounds when it gets the node without `measured`, so a
  // freshly dropped node rebuilt before its size came back drew no edge to or from it.
  it('gives every node a size, even one React Flow has not measured yet, also when it is rebuilt', () => {
    const inputs: FlowNodeInputs = { nodes: [exit, wait], selectedIds: [], measured: new Map() };
    const { result, rerender } = renderHook((props: FlowNodeInputs) => useFlowNodes(props), {
      initialProps: inputs,
    });
    for (const node of result.current) expect(node.measured).toEqual(UNMEASURED_SIZE);
    // Selecting the new node rebuilds its object: it must still carry a size.
    rerender({ ...inputs, selectedIds: ['n1'] });
    expect(result.current[0]?.selected).toBe(true);
    expect(result.current[0]?.measured).toEqual(UNMEASURED_SIZE);
  });

  it('uses the measured size once known and keeps unchanged nodes as the same objects', () => {
    const inputs: FlowNodeInputs = { nodes: [exit, wait], selectedIds: [], measured: new Map() };
    const { result, rerender } = renderHook((props: FlowNodeInputs) => useFlowNodes(props), {
      initialProps: inputs,
    });
    const before = result.current;
    rerender({ ...inputs, measured: new Map([['n2', { width: 240, height: 96 }]]) });
    expect(result.current[0]).toBe(before[0]);
    expect(result.current[1]?.measured).toEqual({ width: 240, height: 96 });
  });

  // Issue 15 (editor at size): without handle positions React Flow mounts every card of the journey once
  // to measure them, even with onlyRenderVisibleElements (1,000 cards to open a 1,000-step journey).
  it('gives every node its handle positions, so React Flow can cull cards it never drew', () => {
    const inputs: FlowNodeInputs = { nodes: [exit, wait], selectedIds: [], measured: new Map() };
    const { result } = renderHook((props: FlowNodeInputs) => useFlowNodes(props), { initialProps: inputs });
    expect(result.current[0]?.handles?.map((handle) => [handle.type, handle.id])).toEqual([['target', null]]);
    expect(result.current[1]?.handles?.map((handle) => [handle.type, handle.id])).toEqual([
      ['source', 'matched'],
      ['source', 'timeout'],
      ['target', null],
    ]);
  });

  // Issue 15 (editor at size): every card's first measurement used to rebuild every node object, so each
  // card drew twice while a journey opened.
  it('keeps the node object when a measurement reports the size the node already had', () => {
    const inputs: FlowNodeInputs = { nodes: [exit, wait], selectedIds: [], measured: new Map() };
    const { result, rerender } = renderHook((props: FlowNodeInputs) => useFlowNodes(props), {
      initialProps: inputs,
    });
    const before = result.current;
    rerender({ ...inputs, measured: new Map([['n2', { ...UNMEASURED_SIZE }]]) });
    expect(result.current[1]).toBe(before[1]);
  });

  it('keeps the data object (what the card draws) when only the measured size changes', () => {
    const inputs: FlowNodeInputs = { nodes: [exit, wait], selectedIds: [], measured: new Map() };
    const { result, rerender } = renderHook((props: FlowNodeInputs) => useFlowNodes(props), {
      initialProps: inputs,
    });
    const before = result.current;
    rerender({ ...inputs, measured: new Map([['n2', { width: 240, height: 96 }]]) });
    expect(result.current[1]).not.toBe(before[1]);
    expect(result.current[1]?.data).toBe(before[1]?.data);
  });

  // Issue 15 (editor at size): every card scrolled into view reported its (fixed) size, and each report
  // copied the size map and re-rendered the whole canvas while panning.
  it('keeps the same size map when measurements report the sizes already known', () => {
    const known = new Map([['n2', { width: 240, height: 96 }]]);
    const unchanged = new Map([
      ['n1', { ...UNMEASURED_SIZE }],
      ['n2', { width: 240, height: 96 }],
    ]);
    expect(withMeasuredSizes(known, unchanged)).toBe(known);
    const grown = withMeasuredSizes(known, new Map([['n1', { width: 240, height: 120 }]]));
    expect(grown).not.toBe(known);
    expect(grown.get('n1')).toEqual({ width: 240, height: 120 });
    expect(grown.get('n2')).toEqual({ width: 240, height: 96 });
  });
});
