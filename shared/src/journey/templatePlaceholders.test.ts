import { describe, expect, it } from 'vitest';
import { blankWorkspaceReferences } from './templatePlaceholders';
import { validateJourney } from './validateJourney';

describe('blankWorkspaceReferences', () => {
  const graph = {
    nodes: [
      {
        id: 'entry',
        type: 'entry.segment',
        position: { x: 0, y: 0 },
        settings: { segmentId: 'seg_churn', includeExisting: true },
      },
      {
        id: 'check',
        type: 'condition',
        position: { x: 0, y: 100 },
        settings: {
          condition: {
            all: [
              { segment: 'seg_vip', in: true },
              { attribute: 'grade', op: 'eq', value: 'VIP' },
            ],
          },
        },
      },
      {
        id: 'send',
        type: 'send',
        position: { x: 0, y: 200 },
        settings: {
          channel: 'alimtalk',
          purpose: 'info',
          content: { templateCode: 'PLAN_01', variables: {} },
        },
      },
    ],
    edges: [],
  };

  it('empties template and segment references, everywhere, without touching the input', () => {
    const blanked = blankWorkspaceReferences(graph);
    expect(blanked.nodes[0]?.settings).toEqual({ segmentId: '', includeExisting: true });
    expect(blanked.nodes[1]?.settings).toEqual({
      condition: {
        all: [
          { segment: '', in: true },
          { attribute: 'grade', op: 'eq', value: 'VIP' },
        ],
      },
    });
    expect(blanked.nodes[2]?.settings).toMatchObject({ content: { templateCode: '', variables: {} } });
    expect(graph.nodes[0]?.settings.segmentId).toBe('seg_churn');
  });

  it('leaves validation errors on the placeholders the marketer must fill', () => {
    const { issues } = validateJourney(blankWorkspaceReferences(graph));
    expect(issues.some((issue) => issue.nodeId === 'entry' && issue.severity === 'error')).toBe(true);
  });
});
