import { describe, expect, it } from 'vitest';
import { rankJourneys, workspaceTotals } from './rankJourneys';

const report = (revenue: number, cost: number) => ({
  revenue,
  cost,
  converted: 1,
  roi: cost > 0 ? (revenue - cost) / cost : null,
});

describe('rankJourneys', () => {
  it('ranks journeys with cost by ROI, a loss below gains, and lists no-cost journeys after them unranked', () => {
    const rows = rankJourneys([
      { id: 'free-big', report: report(328_200, 0) },
      { id: 'loss', report: report(0, 5_000) },
      { id: 'gain', report: report(50_000, 1_000) },
      { id: 'loading', report: undefined },
      { id: 'free-small', report: report(1_000, 0) },
    ]);
    expect(rows.map((r) => [r.id, r.rank])).toEqual([
      ['gain', 1],
      ['loss', 2],
      ['free-big', null],
      ['free-small', null],
      ['loading', null],
    ]);
  });
});

describe('workspaceTotals', () => {
  it('adds the journeys’ attributed numbers and has no ROI without cost', () => {
    expect(workspaceTotals([report(1_000, 0), report(2_000, 0)])).toEqual({
      converted: 2,
      revenue: 3_000,
      cost: 0,
      roi: null,
    });
    expect(workspaceTotals([report(3_000, 1_000)]).roi).toBe(2);
  });
});
