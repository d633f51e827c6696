import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onlyPositionsChanged, summarizeIssues, useJourneyValidation } from './useJourneyValidation';

const graph: DraftJourneyGraph = {
  nodes: [{ id: 'a', type: 'exit', position: { x: 0, y: 0 }, settings: {} }],
  edges: [],
};

describe('validation helpers', () => {
  it('treats a pure move as no change, and a settings or edge change as a change', () => {
    const node = graph.nodes[0]!;
    expect(
      onlyPositionsChanged(graph, { nodes: [{ ...node, position: { x: 5, y: 5 } }], edges: graph.edges }),
    ).toBe(true);
    expect(onlyPositionsChanged(graph, { nodes: [{ ...node, settings: {} }], edges: graph.edges })).toBe(
      false,
    );
    expect(onlyPositionsChanged(graph, { nodes: graph.nodes, edges: [] })).toBe(false);
    expect(onlyPositionsChanged(graph, { nodes: [{ ...node, label: 'x' }], edges: graph.edges })).toBe(false);
  });

  it('counts errors and warnings per node', () => {
    const summary = summarizeIssues([
      { nodeId: 'a', code: 'x', message: 'x', severity: 'error' },
      { nodeId: 'a', code: 'y', message: 'y', severity: 'warning' },
      { code: 'z', message: 'z', severity: 'error' },
    ]);
    expect(summary.errorCount).toBe(2);
    expect(summary.warningCount).toBe(1);
    expect(summary.byNode.get('a')).toEqual({ errors: 1, warnings: 1 });
  });
});

describe('useJourneyValidation', () => {
  // Issue 15: validating a 300-step journey on open competed with drawing its canvas.
  it('validates only once the page has been idle after mount, then live', async () => {
    const unconnected: DraftJourneyGraph = {
      nodes: [{ id: 'a', type: 'entry.event', position: { x: 0, y: 0 }, settings: {} }],
      edges: [],
    };
    const { result } = renderHook(() => useJourneyValidation(unconnected, {}));
    expect(result.current.byNode.has('a')).toBe(false);
    await waitFor(() => expect(result.current.byNode.get('a')?.errors).toBeGreaterThan(0));
  });
});
