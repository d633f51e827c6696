import { describe, expect, it } from 'vitest';
import {
  endOfLocalWindow,
  fromLocalDateTime,
  isWithinLocalWindow,
  localDateString,
  nextTimeOfDay,
  parseDateTimeInZone,
  toLocalDateTime,
} from './zonedTime';

describe('zonedTime', () => {
  it('converts between instants and wall-clock time', () => {
    const instant = new Date('2026-05-12T15:30:00Z');
    expect(toLocalDateTime(instant, 'Asia/Seoul')).toMatchObject({
      year: 2026,
      month: 5,
      day: 13,
      hour: 0,
      minute: 30,
      weekday: 3,
    });
    expect(localDateString(instant, 'America/New_York')).toBe('2026-05-12');
    expect(
      fromLocalDateTime({ year: 2026, month: 5, day: 13, hour: 0, minute: 30 }, 'Asia/Seoul').toISOString(),
    ).toBe('2026-05-12T15:30:00.000Z');
  });

  it('handles daylight saving time', () => {
    // New York: 2026-03-08 02:30 does not exist; 2026-11-01 is back on EST.
    expect(
      fromLocalDateTime({ year: 2026, month: 7, day: 1, hour: 9 }, 'America/New_York').toISOString(),
    ).toBe('2026-07-01T13:00:00.000Z');
    expect(
      fromLocalDateTime({ year: 2026, month: 12, day: 1, hour: 9 }, 'America/New_York').toISOString(),
    ).toBe('2026-12-01T14:00:00.000Z');
    const skipped = fromLocalDateTime(
      { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
      'America/New_York',
    );
    expect(skipped.toISOString()).toMatch(/^2026-03-08T0[67]:30:00.000Z$/);
  });

  it('moves a wall time inside the spring-forward gap past the gap', () => {
    expect(
      fromLocalDateTime(
        { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
  });

  it('picks the first of two fall-back readings', () => {
    expect(
      fromLocalDateTime(
        { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
    expect(
      fromLocalDateTime(
        { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
        'Europe/Berlin',
      ).toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps a time of day at the same local time across DST changes', () => {
    // Sat 2026-03-07 12:00 EST → next 10:00 is Sun 03-08, after the 02:00 → 03:00 jump: EDT, UTC-4.
    expect(nextTimeOfDay(new Date('2026-03-07T17:00:00Z'), '10:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T14:00:00.000Z',
    );
    // The day before it was UTC-5.
    expect(nextTimeOfDay(new Date('2026-03-07T00:00:00Z'), '10:00', 'America/New_York').toISOString()).toBe(
      '2026-03-07T15:00:00.000Z',
    );
    // Fall-back in Berlin: 09:00 on the day the clocks go back is 08:00Z (CET).
    expect(nextTimeOfDay(new Date('2026-10-24T12:00:00Z'), '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });

  it('finds the next time of day, strictly after now, on allowed weekdays', () => {
    const now = new Date('2026-05-12T01:00:00Z'); // Tue 10:00 in Seoul
    expect(nextTimeOfDay(now, '10:00', 'Asia/Seoul').toISOString()).toBe('2026-05-13T01:00:00.000Z');
    expect(nextTimeOfDay(now, '11:00', 'Asia/Seoul').toISOString()).toBe('2026-05-12T02:00:00.000Z');
    expect(nextTimeOfDay(now, '09:00', 'Asia/Seoul', ['sat', 'sun']).toISOString()).toBe(
      '2026-05-16T00:00:00.000Z',
    );
    // 2026-03-04 is a Wednesday; next Monday 09:00 KST is 03-09 00:00Z.
    expect(
      nextTimeOfDay(new Date('2026-03-04T00:00:00Z'), '09:00', 'Asia/Seoul', ['mon']).toISOString(),
    ).toBe('2026-03-09T00:00:00.000Z');
  });

  it('tells whether now is inside a window that may wrap midnight', () => {
    const at = (iso: string) => new Date(iso);
    expect(isWithinLocalWindow(at('2026-05-12T13:00:00Z'), '21:00', '08:00', 'Asia/Seoul')).toBe(true); // 22:00
    expect(isWithinLocalWindow(at('2026-05-12T22:59:00Z'), '21:00', '08:00', 'Asia/Seoul')).toBe(true); // 07:59
    expect(isWithinLocalWindow(at('2026-05-12T23:00:00Z'), '21:00', '08:00', 'Asia/Seoul')).toBe(false); // 08:00
    expect(isWithinLocalWindow(at('2026-05-12T03:00:00Z'), '12:00', '13:00', 'Asia/Seoul')).toBe(true);
    // A window ends at the next local end time (quiet hours 21:00–08:00 at 22:30 KST end 08:00 KST).
    expect(endOfLocalWindow(at('2026-03-01T13:30:00Z'), '08:00', 'Asia/Seoul').toISOString()).toBe(
      '2026-03-01T23:00:00.000Z',
    );
  });

  it('reads setting date-times: offsets as instants, local times in the given timezone', () => {
    expect(parseDateTimeInZone('2026-12-24T10:00:00+09:00', 'UTC')?.toISOString()).toBe(
      '2026-12-24T01:00:00.000Z',
    );
    expect(parseDateTimeInZone('2026-12-24T10:00:00Z', 'Asia/Seoul')?.toISOString()).toBe(
      '2026-12-24T10:00:00.000Z',
    );
    expect(parseDateTimeInZone('2026-12-24T10:00', 'Asia/Seoul')?.toISOString()).toBe(
      '2026-12-24T01:00:00.000Z',
    );
    expect(parseDateTimeInZone('2026-12-24T10:00:30.5', 'Asia/Seoul')?.toISOString()).toBe(
      '2026-12-24T01:00:30.000Z',
    );
    expect(parseDateTimeInZone('2026-12-24', 'Asia/Seoul')?.toISOString()).toBe('2026-12-23T15:00:00.000Z');
    expect(parseDateTimeInZone('someday', 'Asia/Seoul')).toBeUndefined();
  });
});
