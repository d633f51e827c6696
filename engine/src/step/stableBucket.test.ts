import { describe, expect, it } from 'vitest';
import { stableBucket } from './stableBucket';

describe('stableBucket', () => {
  it('is stable for a key and spread evenly over 0–99', () => {
    expect(stableBucket('run_abc:split')).toBe(stableBucket('run_abc:split'));
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) counts[Math.floor(stableBucket(`run_${i}`) / 10)]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    for (const c of counts) expect(c).toBeLessThan(1150);
  });
});
