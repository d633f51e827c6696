import { describe, expect, it } from 'vitest';
import { activePeriodState } from './activePeriod';

describe('activePeriodState', () => {
  const period = { startsAt: '2026-12-10T09:00', endsAt: '2026-12-31T00:00', timezone: 'Asia/Seoul' };

  it('reads the bounds in the journey timezone', () => {
    // 09:00 in Seoul is 00:00 UTC.
    expect(activePeriodState(period, new Date('2026-12-09T23:59:59Z'))).toBe('scheduled');
    expect(activePeriodState(period, new Date('2026-12-10T00:00:00Z'))).toBe('running');
    expect(activePeriodState(period, new Date('2026-12-30T15:00:00Z'))).toBe('ended');
  });

  it('is undefined without a period, and open-ended on either side', () => {
    expect(activePeriodState({}, new Date())).toBeUndefined();
    expect(activePeriodState({ endsAt: '2026-12-31T00:00' }, new Date('2026-01-01T00:00:00Z'))).toBe(
      'running',
    );
  });
});
