import { describe, expect, it } from 'vitest';
import { rateWindow } from './rateLimiter';

// The shared limiter itself (one count per window across workers) is tested on PGlite and PostgreSQL in
// test/integration/channels/deliveryWorker.test.ts.
describe('rateWindow', () => {
  it('counts whole seconds for rates of one per second or more', () => {
    expect(rateWindow(2, 10_400)).toEqual({ index: 10, lengthMs: 1000, limit: 2, nextAtMs: 11_000 });
    expect(rateWindow(2.5, 10_000)).toMatchObject({ limit: 2, nextAtMs: 11_000 });
  });

  it('stretches the window for slower rates, one send per window', () => {
    expect(rateWindow(0.2, 12_000)).toEqual({ index: 2, lengthMs: 5000, limit: 1, nextAtMs: 15_000 });
    expect(rateWindow(0.3, 0)).toMatchObject({ lengthMs: 4000, limit: 1 });
  });
});
