import { describe, expect, it } from 'vitest';
import { FIT_MAX_SPAN, initialFitNodes } from './initialFitNodes';

/** A chain of `n` steps placed one below the other, 160 apart. */
const chain = (n: number) => ({
  nodes: [
    { id: 'n0', type: 'entry.event', position: { x: 0, y: 0 } },
    ...Array.from({ length: n - 1 }, (_, i) => ({
      id: `n${i + 1}`,
      type: 'wait.duration',
      position: { x: 0, y: (i + 1) * 160 },
    })),
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

  it('leaves out a step after the entry that lies far away, so the view stays on the start', () => {
    // The shape of the web bench's journeys: a condition right after the entry whose "no" ends at the
    // exit at the far end of the map. Fitting the exit too would centre the view on the middle.
    const graph = chain(40);
    const exit = { id: 'exit', type: 'exit', position: { x: 4200, y: 3420 } };
    const fit = initialFitNodes({
      nodes: [...graph.nodes, exit],
      edges: [...graph.edges, { source: 'n1', target: 'exit' }],
    });
    expect(fit).toEqual([{ id: 'n0' }, { id: 'n1' }, { id: 'n2' }, { id: 'n3' }]);
  });

  it('keeps what it fits within the readable span', () => {
    const wide = {
      nodes: Array.from({ length: 30 }, (_, i) => ({
        id: `n${i}`,
        type: i === 0 ? 'entry.event' : 'send',
        position: { x: i * 300, y: 0 },
      })),
      edges: Array.from({ length: 29 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
    };
    const fit = initialFitNodes(wide) ?? [];
    const xs = fit.map(({ id }) => Number(id.slice(1)) * 300);
    expect(fit[0]).toEqual({ id: 'n0' });
    expect(Math.max(...xs) + 240 - Math.min(...xs)).toBeLessThanOrEqual(FIT_MAX_SPAN.width);
  });
});
