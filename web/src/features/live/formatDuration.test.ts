import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  it('shows the two largest units', () => {
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(12 * 60)).toBe('12m');
    expect(formatDuration(2 * 3600 + 10 * 60 + 5)).toBe('2h 10m');
    expect(formatDuration(3 * 86_400 + 4 * 3600 + 59)).toBe('3d 4h');
    expect(formatDuration(86_400 + 30)).toBe('1d');
    expect(formatDuration(3600 + 1)).toBe('1h');
    expect(formatDuration(90)).toBe('1m 30s');
  });

  it('reads zero, sub-second and bad values plainly', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(0.2)).toBe('<1s');
    expect(formatDuration(-1)).toBe('–');
    expect(formatDuration(Number.NaN)).toBe('–');
  });
});
