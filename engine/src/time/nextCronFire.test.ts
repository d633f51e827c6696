import { describe, expect, it } from 'vitest';
import { nextCronFire } from './nextCronFire';

describe('nextCronFire', () => {
  it('fires daily at 09:00 in the journey timezone', () => {
    expect(nextCronFire('0 9 * * *', new Date('2026-03-01T01:00:00Z'), 'Asia/Seoul')?.toISOString()).toBe(
      '2026-03-02T00:00:00.000Z',
    );
  });

  it('supports steps, ranges and weekdays', () => {
    expect(nextCronFire('*/15 * * * *', new Date('2026-03-01T00:07:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-03-01T00:15:00.000Z',
    );
    // Mondays to Fridays at 18:30 UTC; 2026-03-07 is a Saturday.
    expect(nextCronFire('30 18 * * 1-5', new Date('2026-03-07T00:00:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-03-09T18:30:00.000Z',
    );
  });
});
