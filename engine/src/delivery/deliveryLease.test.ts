import { describe, expect, it } from 'vitest';
import { claimLimit, createSendTimer } from './deliveryLease';

describe('claimLimit', () => {
  it('claims no more than the senders can hand over within the lease', () => {
    // 8 senders, 120 s lease, 1 s per send: up to 8 × 60 = 480, capped by the batch size.
    expect(claimLimit(100, 8, 120_000, 1000)).toBe(100);
    // A provider answering in 30 s: each sender gets 2 rows per lease (half the lease as margin).
    expect(claimLimit(100, 8, 120_000, 30_000)).toBe(16);
    // Slower than the lease: one row per sender, never zero.
    expect(claimLimit(100, 8, 10_000, 60_000)).toBe(8);
    expect(claimLimit(100, 0, 10_000, 60_000)).toBe(1);
  });

  it('follows the observed send time', () => {
    const timer = createSendTimer(1000, 0.5);
    timer.observe(3000);
    expect(timer.expectedMs()).toBe(2000);
  });
});
