import { describe, expect, it } from 'vitest';
import { isValidCron } from './cron';

describe('isValidCron', () => {
  it.each(['0 9 * * *', '*/5 * * * *', '0 9-18/3 1,15 * 1-5', '30 8 * 12 0', '0 0 1 1 7'])(
    'accepts %s',
    (cron) => {
      expect(isValidCron(cron)).toBe(true);
    },
  );

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
  ])('rejects "%s"', (cron) => {
    expect(isValidCron(cron)).toBe(false);
  });
});
