import { describe, expect, it } from 'vitest';
import { defaultJourneySettings, journeySettingsSchema, resolveJourneySettings } from './journeySettings';
import { isValidTimeZone } from './timezone';

describe('journeySettingsSchema', () => {
  it('accepts a full set of settings', () => {
    const result = journeySettingsSchema.safeParse({
      timezone: 'Asia/Seoul',
      reentry: { mode: 'after_exit', cooldownSeconds: 604_800 },
      goal: { event: 'purchase', where: { trigger: 'properties.total', op: 'gte', value: 10_000 } },
      exitOn: ['unsubscribed', { event: 'account_closed' }],
      frequencyCap: { max: 2, perSeconds: 86_400 },
      bypassWorkspaceCapForInfo: true,
      quietHours: { start: '21:00', end: '08:00', behavior: 'delay' },
      entryLimit: 1000,
      holdoutPercent: 10,
      attributionWindowSeconds: 259_200,
    });
    expect(result.success).toBe(true);
    expect(result.data?.exitOn).toEqual([{ event: 'unsubscribed' }, { event: 'account_closed' }]);
  });

  it('rejects unknown fields and bad values', () => {
    expect(journeySettingsSchema.safeParse({ timezon: 'Asia/Seoul' }).success).toBe(false);
    expect(journeySettingsSchema.safeParse({ reentry: { mode: 'sometimes' } }).success).toBe(false);
    expect(
      journeySettingsSchema.safeParse({ quietHours: { start: '9pm', end: '08:00', behavior: 'delay' } })
        .success,
    ).toBe(false);
    expect(journeySettingsSchema.safeParse({ holdoutPercent: 100 }).success).toBe(false);
    expect(journeySettingsSchema.safeParse({ frequencyCap: { max: 0, perSeconds: 60 } }).success).toBe(false);
  });

  it('fills defaults, preferring the workspace timezone', () => {
    expect(resolveJourneySettings(undefined)).toEqual({
      ...defaultJourneySettings,
      reentry: { mode: 'never' },
    });
    expect(resolveJourneySettings({}, 'America/New_York').timezone).toBe('America/New_York');
    expect(resolveJourneySettings({ timezone: 'Asia/Tokyo' }, 'America/New_York').timezone).toBe(
      'Asia/Tokyo',
    );
    expect(resolveJourneySettings({ holdoutPercent: 10 }).holdoutPercent).toBe(10);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects offsets and nonsense', () => {
    expect(isValidTimeZone('Asia/Seoul')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+09:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
