import { describe, expect, it } from 'vitest';
import { predictNextPurchase, purchaseGaps, purchasePrior } from './predictNextPurchase';

const day = 86_400_000;
const start = Date.UTC(2026, 0, 1, 3);
/** A purchase history every `cycle` days with a deterministic ± `jitter` fraction wobble. */
const history = (count: number, cycle: number, jitter = 0) => {
  const out: Date[] = [];
  let t = start;
  for (let i = 0; i < count; i++) {
    out.push(new Date(t));
    const wobble = jitter * Math.sin(i * 2.3);
    t += cycle * (1 + wobble) * day;
  }
  return out;
};

describe('predictNextPurchase on synthetic histories with known cycles', () => {
  it.each([7, 14, 30, 45, 90])('finds a regular %i-day cycle with high confidence', (cycle) => {
    const purchases = history(8, cycle);
    const p = predictNextPurchase(purchases, { intervalDays: 30, gaps: 1000 });
    const last = purchases.at(-1)!.getTime();
    // Seven own gaps: their own cycle, whatever the workspace prior says.
    const expected = cycle;
    expect(p?.interval_days).toBeCloseTo(expected, 1);
    expect(new Date(p!.next_purchase_at).getTime()).toBeCloseTo(last + expected * day, -5);
    expect(p?.confidence).toBeGreaterThan(0.75);
  });

  it('predicts the held-out next purchase of noisy 21-day buyers within a few days', () => {
    const errors: number[] = [];
    for (let n = 0; n < 50; n++) {
      const purchases = history(9, 21, 0.2).map(
        (d, i) => new Date(d.getTime() + ((n * 7 + i * 13) % 24) * 3_600_000),
      );
      const heldOut = purchases.pop()!;
      const p = predictNextPurchase(purchases, { intervalDays: 21, gaps: 500 });
      errors.push(Math.abs(new Date(p!.next_purchase_at).getTime() - heldOut.getTime()) / day);
    }
    const mae = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(mae).toBeLessThan(4);
  });

  it('irregular buyers get a lower confidence than regular ones', () => {
    const regular = predictNextPurchase(history(8, 20, 0.02), undefined);
    const irregular = predictNextPurchase(history(8, 20, 0.8), undefined);
    expect(irregular!.confidence).toBeLessThan(regular!.confidence);
  });

  it('uses the workspace prior for one purchase, blends it for two, and gives up without either', () => {
    const one = predictNextPurchase([new Date(start)], { intervalDays: 28, gaps: 200 });
    expect(one).toEqual({
      next_purchase_at: new Date(start + 28 * day).toISOString(),
      interval_days: 28,
      confidence: 0,
    });
    const two = predictNextPurchase([new Date(start), new Date(start + 10 * day)], {
      intervalDays: 40,
      gaps: 200,
    });
    expect(two?.interval_days).toBe(25); // (10 + 40) / 2
    expect(two?.confidence).toBeCloseTo(0.17, 2);
    expect(predictNextPurchase([new Date(start)], undefined)).toBeUndefined();
    expect(predictNextPurchase([], { intervalDays: 30, gaps: 1 })).toBeUndefined();
  });

  it('treats purchases within 12 hours as one occasion', () => {
    expect(purchaseGaps([new Date(start), new Date(start + 3_600_000), new Date(start + 7 * day)])).toEqual([
      7,
    ]);
  });

  it('the prior is the median gap', () => {
    expect(purchasePrior([10, 30, 20, -1])).toEqual({ intervalDays: 20, gaps: 3 });
    expect(purchasePrior([])).toBeUndefined();
  });
});
