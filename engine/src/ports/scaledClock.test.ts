import { describe, expect, it } from 'vitest';
import { createFakeClock } from './fakeClock';
import { createScaledClock } from './scaledClock';

describe('createScaledClock', () => {
  it('runs `scale` times faster than its base clock from the origin', () => {
    const base = createFakeClock('2026-01-01T00:00:00Z');
    const clock = createScaledClock(60, base.now(), base);
    base.advance(60);
    expect(clock.now().toISOString()).toBe('2026-01-01T01:00:00.000Z');
  });
});
