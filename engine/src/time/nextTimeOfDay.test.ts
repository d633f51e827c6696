import { describe, expect, it } from 'vitest';
import { nextTimeOfDay } from './nextTimeOfDay';
import { zonedTimeToUtc } from './zonedTime';

describe('nextTimeOfDay', () => {
  it('picks today when the time is still ahead, tomorrow otherwise (Asia/Seoul, UTC+9)', () => {
    expect(nextTimeOfDay(new Date('2026-03-01T00:00:00Z'), 'Asia/Seoul', '10:00').toISOString()).toBe(
      '2026-03-01T01:00:00.000Z',
    );
    expect(nextTimeOfDay(new Date('2026-03-01T02:00:00Z'), 'Asia/Seoul', '10:00').toISOString()).toBe(
      '2026-03-02T01:00:00.000Z',
    );
  });

  it('stays at 10:00 local across the spring-forward DST change (America/New_York)', () => {
    // Sat 2026-03-07 12:00 EST → next 10:00 is Sun 03-08, after the 02:00 → 03:00 jump: EDT, UTC-4.
    const sunday = nextTimeOfDay(new Date('2026-03-07T17:00:00Z'), 'America/New_York', '10:00');
    expect(sunday.toISOString()).toBe('2026-03-08T14:00:00.000Z');
    // The day before it was UTC-5.
    expect(nextTimeOfDay(new Date('2026-03-07T00:00:00Z'), 'America/New_York', '10:00').toISOString()).toBe(
      '2026-03-07T15:00:00.000Z',
    );
  });

  it('stays at 09:00 local across the fall-back change (Europe/Berlin)', () => {
    expect(nextTimeOfDay(new Date('2026-10-24T12:00:00Z'), 'Europe/Berlin', '09:00').toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    );
  });

  it('only fires on the given weekdays', () => {
    // 2026-03-04 is a Wednesday; next Monday 09:00 KST is 03-09 00:00Z.
    expect(
      nextTimeOfDay(new Date('2026-03-04T00:00:00Z'), 'Asia/Seoul', '09:00', ['mon']).toISOString(),
    ).toBe('2026-03-09T00:00:00.000Z');
  });
});

describe('zonedTimeToUtc', () => {
  it('moves a wall time inside the spring-forward gap past the gap', () => {
    expect(
      zonedTimeToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York').toISOString(),
    ).toBe('2026-03-08T07:30:00.000Z');
  });

  it('picks the first of two fall-back readings', () => {
    expect(
      zonedTimeToUtc(
        { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
        'America/New_York',
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
    expect(
      zonedTimeToUtc({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
  });
});
