import { describe, expect, it } from 'vitest';
import { edgeTraffic, strokeWidthFor } from './edgeTraffic';

const counts = (entered: number, completed: number) => ({
  entered,
  active: entered - completed,
  completed,
  sent: 0,
  failed: 0,
  skipped: 0,
});

describe('edge traffic', () => {
  it('credits a single incoming edge with the target entries, and bounds merging edges by source completions', () => {
    const stats = {
      entered: 10,
      active: 0,
      converted: 0,
      nodes: { a: counts(10, 10), b: counts(6, 6), c: counts(4, 4), d: counts(10, 3) },
    };
    const traffic = edgeTraffic(
      [
        { id: 'ab', source: 'a', target: 'b' },
        { id: 'ac', source: 'a', target: 'c' },
        { id: 'bd', source: 'b', target: 'd' },
        { id: 'cd', source: 'c', target: 'd' },
      ],
      stats,
    );
    expect(Object.fromEntries(traffic)).toEqual({ ab: 6, ac: 4, bd: 6, cd: 4 });
  });

  it('draws busier edges thicker', () => {
    expect(strokeWidthFor(0, 100)).toBe(1.5);
    expect(strokeWidthFor(100, 100)).toBe(9);
    expect(strokeWidthFor(25, 100)).toBeLessThan(strokeWidthFor(50, 100));
  });
});
