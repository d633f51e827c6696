import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FlowNodeInputs, useFlowNodes } from './useFlowNodes';

const nodes = [
  { id: 'a', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'viewed' } },
  { id: 'b', type: 'exit', position: { x: 0, y: 200 }, settings: {} },
] as DraftJourneyNode[];

describe('useFlowNodes', () => {
  it('keeps every node object (and the array) when only a measured size arrives', () => {
    const { result, rerender } = renderHook((inputs: FlowNodeInputs) => useFlowNodes(inputs), {
      initialProps: { nodes, selectedIds: [] as string[], measured: new Map() } as FlowNodeInputs,
    });
    const first = result.current;
    rerender({ nodes, selectedIds: [], measured: new Map([['a', { width: 240, height: 84 }]]) });
    expect(result.current).toBe(first);
  });

  it('rebuilds only the changed node, carrying the size React Flow measured', () => {
    const measured = new Map([['a', { width: 240, height: 90 }]]);
    const { result, rerender } = renderHook((inputs: FlowNodeInputs) => useFlowNodes(inputs), {
      initialProps: { nodes, selectedIds: [] as string[], measured } as FlowNodeInputs,
    });
    const [a, b] = result.current;
    rerender({ nodes, selectedIds: ['a'], measured });
    expect(result.current[0]).not.toBe(a);
    expect(result.current[0]?.selected).toBe(true);
    expect(result.current[0]?.measured).toEqual({ width: 240, height: 90 });
    expect(result.current[1]).toBe(b);
  });
});
