import { describe, expect, it } from 'vitest';
import { cronIssue, isValidCron, nextCronFire, nextCronFires } from './cron';
import { entryScheduleNode } from './nodes/entrySchedule';

const iso = (dates: readonly Date[]) => dates.map((d) => d.toISOString());

describe('isValidCron', () => {
  it.each([
    '0 9 * * *',
    '*/5 * * * *',
    '0 9-18/3 1,15 * 1-5',
    '30 8 * 12 0',
    '0 0 1 1 7',
    '* * * * */7',
    '0 9 * * 1-7',
  ])('accepts %s', (cron) => {
    expect(isValidCron(cron)).toBe(true);
  });

  it.each([
    '',
    '* * * *',
    '* * * * * *',
    '60 * * * *',
    '0 24 * * *',
    '0 0 0 * *',
    '0 0 * 13 *',
    '*/0 * * * *',
    '5-1 * * * *',
    'a * * * *',
    '0 9 ? * *',
    '0 9 * * 8',
    `0 9 * * ${'1,'.repeat(200)}1`,
  ])('rejects "%s"', (cron) => {
    expect(isValidCron(cron)).toBe(false);
  });

  it('names why: syntax, or a date that never comes', () => {
    expect(cronIssue('*/0 * * * *')?.code).toBe('cron_syntax');
    expect(cronIssue('0 0 31 2 *')?.code).toBe('cron_never_fires');
    expect(cronIssue('0 9 * * 1-5')).toBeUndefined();
  });
});

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

  it('fires `* * * * */7` every minute of Sundays (7 = Sunday), promptly', () => {
    const started = performance.now();
    // 2026-03-07 is a Saturday; the first Sunday minute in Seoul is 2026-03-08 00:00 KST.
    expect(iso(nextCronFires('* * * * */7', new Date('2026-03-07T03:00:00Z'), 'Asia/Seoul', 3))).toEqual([
      '2026-03-07T15:00:00.000Z',
      '2026-03-07T15:01:00.000Z',
      '2026-03-07T15:02:00.000Z',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('fires `0 9 * * 1-7` every day including Sunday', () => {
    expect(iso(nextCronFires('0 9 * * 1-7', new Date('2026-03-06T12:00:00Z'), 'Asia/Seoul', 3))).toEqual([
      '2026-03-07T00:00:00.000Z',
      '2026-03-08T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
    ]);
    expect(nextCronFire('0 9 * * 7', new Date('2026-03-06T12:00:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-03-08T09:00:00.000Z',
    );
  });

  it('ORs day-of-month and day-of-week when both are set, as standard cron does', () => {
    // The 13th (Friday 2026-03-13) or any Sunday.
    expect(iso(nextCronFires('0 0 13 * 0', new Date('2026-03-09T00:00:00Z'), 'UTC', 2))).toEqual([
      '2026-03-13T00:00:00.000Z',
      '2026-03-15T00:00:00.000Z',
    ]);
  });

  it('returns nothing (quickly) for an expression that never fires or is invalid, or an unknown zone', () => {
    const started = performance.now();
    expect(nextCronFire('0 0 31 2 *', new Date('2026-01-01T00:00:00Z'), 'UTC')).toBeUndefined();
    expect(nextCronFire('*/0 * * * *', new Date('2026-01-01T00:00:00Z'), 'UTC')).toBeUndefined();
    expect(nextCronFire('0 9 * * *', new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('Asia/Seoul has no DST: 09:00 KST is always 00:00 UTC', () => {
    expect(iso(nextCronFires('0 9 * * *', new Date('2026-03-28T12:00:00Z'), 'Asia/Seoul', 3))).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
  });

  it('keeps the local wall-clock time across DST changes (New York, Berlin)', () => {
    // New York springs forward on 2026-03-08: 09:00 EST (14:00Z) then 09:00 EDT (13:00Z).
    expect(iso(nextCronFires('0 9 * * *', new Date('2026-03-07T12:00:00Z'), 'America/New_York', 2))).toEqual([
      '2026-03-07T14:00:00.000Z',
      '2026-03-08T13:00:00.000Z',
    ]);
    // Berlin falls back on 2026-10-25: 09:00 CEST (07:00Z) then 09:00 CET (08:00Z).
    expect(iso(nextCronFires('0 9 * * *', new Date('2026-10-24T00:00:00Z'), 'Europe/Berlin', 2))).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
    ]);
  });

  it('a time skipped by a DST gap fires right after the gap; a repeated hour fires once', () => {
    // 02:30 does not exist in New York on 2026-03-08: it fires at 03:00 EDT (07:00Z).
    expect(iso(nextCronFires('30 2 * * *', new Date('2026-03-07T12:00:00Z'), 'America/New_York', 2))).toEqual(
      ['2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z'],
    );
    // 01:30 happens twice on 2026-11-01; it fires once (01:30 EDT = 05:30Z).
    expect(iso(nextCronFires('30 1 * * *', new Date('2026-10-31T12:00:00Z'), 'America/New_York', 2))).toEqual(
      ['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
    );
  });
});

describe('entry.schedule validation uses the same cron', () => {
  const codes = (cron: string) =>
    (entryScheduleNode.validate?.({ segmentId: 's', cron }, { timezone: 'Asia/Seoul' }) ?? []).map(
      (i) => i.code,
    );

  it('accepts the expressions the engine fires and refuses the ones it cannot', () => {
    expect(codes('* * * * */7')).toEqual([]);
    expect(codes('0 9 * * 1-7')).toEqual([]);
    expect(codes('0 0 31 2 *')).toEqual(['cron_never_fires']);
    expect(entryScheduleNode.settingsSchema.safeParse({ segmentId: 's', cron: '*/0 * * * *' }).success).toBe(
      false,
    );
  });
});
