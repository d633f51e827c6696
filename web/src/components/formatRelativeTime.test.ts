import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeJourneyNow } from '../api/journeyClock';
import { formatJourneyRelativeTime, formatRelativeTime } from './formatRelativeTime';

describe('formatJourneyRelativeTime', () => {
  afterEach(() => {
    vi.useRealTimers();
    observeJourneyNow(new Date().toISOString());
  });

  // Issue 16: on a demo clock 15 hours ahead, a message just delivered read "15시간 후" on the browser clock.
  it('measures from the journey clock the server reported, not the browser clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-03T00:00:00Z'));
    const journeyNow = '2026-12-03T15:00:00.000Z';
    observeJourneyNow(journeyNow);
    const sentAt = '2026-12-03T14:57:00.000Z';
    expect(formatRelativeTime(sentAt, 'ko')).toBe('15시간 후');
    expect(formatJourneyRelativeTime(sentAt, 'ko')).toBe('3분 전');
    // The clock keeps running between responses.
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(formatJourneyRelativeTime(sentAt, 'ko')).toBe('1시간 전');
    expect(formatJourneyRelativeTime(sentAt, 'en')).toBe('1 hour ago');
  });

  it('ignores a missing or unreadable header', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-03T00:00:00Z'));
    observeJourneyNow('2026-12-03T00:00:00.000Z');
    observeJourneyNow(null);
    observeJourneyNow('not a date');
    expect(formatJourneyRelativeTime('2026-12-02T23:58:00.000Z', 'ko')).toBe('2분 전');
  });
});
