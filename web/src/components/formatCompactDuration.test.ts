import { describe, expect, it } from 'vitest';
import { formatCompactDuration } from './formatCompactDuration';

describe('formatCompactDuration', () => {
  it('shows the two largest units', () => {
    expect(formatCompactDuration(45)).toBe('45s');
    expect(formatCompactDuration(12 * 60)).toBe('12m');
    expect(formatCompactDuration(2 * 3600 + 10 * 60 + 5)).toBe('2h 10m');
    expect(formatCompactDuration(3 * 86_400 + 4 * 3600 + 59)).toBe('3d 4h');
    expect(formatCompactDuration(86_400 + 30)).toBe('1d');
    expect(formatCompactDuration(3600 + 1)).toBe('1h');
    expect(formatCompactDuration(90)).toBe('1m 30s');
  });

  it('reads zero, sub-second and bad values plainly', () => {
    expect(formatCompactDuration(0)).toBe('0s');
    expect(formatCompactDuration(0.2)).toBe('<1s');
    expect(formatCompactDuration(-1)).toBe('–');
    expect(formatCompactDuration(Number.NaN)).toBe('–');
  });
});
