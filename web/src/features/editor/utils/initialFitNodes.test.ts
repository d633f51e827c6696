import { describe, expect, it } from 'vitest';
import { initialFitNodes } from './initialFitNodes';

const chain = (n: number) => ({
  nodes: [
    { id: 'n0', type: 'entry.event' },
    ...Array.from({ length: n - 1 }, (_, i) => ({ id: `n${i + 1}`, type: 'wait.duration' })),
  ],
  edges: Array.from({ length: n - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
});

describe('initialFitNodes', () => {
  it('fits a small journey whole', () => {
    expect(initialFitNodes(chain(6))).toBeUndefined();
  });

  it('fits a large journey to its entry and the next three steps', () => {
    expect(initialFitNodes(chain(40))).toEqual([{ id: 'n0' }, { id: 'n1' }, { id: 'n2' }, { id: 'n3' }]);
  });
});
