import { describe, expect, it } from 'vitest';
import { rateDifference, twoProportionPValue } from './twoProportion';

describe('two-proportion statistics', () => {
  it('finds no significant difference between 50/100 and 46/100, but does between 30/100 and 10/100', () => {
    expect(twoProportionPValue({ n: 100, converted: 50 }, { n: 100, converted: 46 })).toBeGreaterThan(0.05);
    const p = twoProportionPValue({ n: 100, converted: 30 }, { n: 100, converted: 10 });
    expect(p).toBeLessThan(0.05);
    // Reference value of the pooled z-test: z ≈ 3.54, p ≈ 0.0004.
    expect(p).toBeCloseTo(0.0004, 3);
    expect(twoProportionPValue({ n: 0, converted: 0 }, { n: 10, converted: 1 })).toBeNull();
  });

  it('gives the uplift with a 95 % interval that narrows with more customers', () => {
    const small = rateDifference({ n: 50, converted: 10 }, { n: 50, converted: 5 });
    const large = rateDifference({ n: 5000, converted: 1000 }, { n: 5000, converted: 500 });
    expect(small.diff).toBeCloseTo(0.1, 10);
    expect(large.diff).toBeCloseTo(0.1, 10);
    expect(small.ci[0]).toBeLessThan(0);
    expect(large.ci[0]).toBeGreaterThan(0.08);
    expect(large.ci[1]).toBeLessThan(0.12);
  });
});
