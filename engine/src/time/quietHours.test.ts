import { describe, expect, it } from 'vitest';
import { isInQuietHours, quietHoursEnd } from './quietHours';

describe('quiet hours', () => {
  it('wraps midnight in the customer timezone', () => {
    // 22:30 KST
    expect(isInQuietHours(new Date('2026-03-01T13:30:00Z'), 'Asia/Seoul', '21:00', '08:00')).toBe(true);
    // 07:59 KST
    expect(isInQuietHours(new Date('2026-03-01T22:59:00Z'), 'Asia/Seoul', '21:00', '08:00')).toBe(true);
    // 08:00 KST
    expect(isInQuietHours(new Date('2026-03-01T23:00:00Z'), 'Asia/Seoul', '21:00', '08:00')).toBe(false);
    // 12:00 KST
    expect(isInQuietHours(new Date('2026-03-01T03:00:00Z'), 'Asia/Seoul', '21:00', '08:00')).toBe(false);
  });

  it('ends at the next local 08:00', () => {
    expect(quietHoursEnd(new Date('2026-03-01T13:30:00Z'), 'Asia/Seoul', '08:00').toISOString()).toBe(
      '2026-03-01T23:00:00.000Z',
    );
  });
});
