import { describe, expect, it } from 'vitest';
import { rankByRoi } from './rankByRoi';

describe('rankByRoi', () => {
  it('ranks journeys with a cost by ROI, then no-cost journeys by revenue, never a loss above a free win', () => {
    const rows = [
      { id: 'loss', report: { roi: -1, revenue: 0 } },
      { id: 'free-win', report: { roi: null, revenue: 328_200 } },
      { id: 'loading' },
      { id: 'good', report: { roi: 2.5, revenue: 90_000 } },
      { id: 'free-small', report: { roi: null, revenue: 1_000 } },
    ];
    expect(rankByRoi(rows).map((row) => row.id)).toEqual([
      'good',
      'loss',
      'free-win',
      'free-small',
      'loading',
    ]);
  });
});
