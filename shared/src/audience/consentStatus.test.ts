import { describe, expect, it } from 'vitest';
import { consentChannelStatus, consentStatus } from './consentStatus';

const NOW = new Date('2026-03-15T00:00:00Z');

describe('consentChannelStatus', () => {
  it('is valid under two years, expiring in the last 30 days, expired from two years on', () => {
    expect(consentChannelStatus('sms', '2025-03-15', NOW).state).toBe('valid');
    // 730 days after 2024-04-14 is 2026-04-14: 30 days left.
    expect(consentChannelStatus('sms', '2024-04-14', NOW).state).toBe('expiring');
    expect(consentChannelStatus('sms', '2024-04-15', NOW).state).toBe('valid');
    expect(consentChannelStatus('sms', '2024-03-15', NOW)).toEqual({
      channel: 'sms',
      state: 'expired',
      givenAt: '2024-03-15T00:00:00.000Z',
      expiresAt: '2026-03-15T00:00:00.000Z',
    });
  });

  it('tells withdrawn (null) from never given (absent)', () => {
    expect(consentChannelStatus('email', null, NOW).state).toBe('withdrawn');
    expect(consentChannelStatus('email', undefined, NOW).state).toBe('none');
    expect(consentStatus({ sms: '2026-01-01' }, NOW).map((s) => s.state)).toEqual([
      'valid',
      'none',
      'none',
      'none',
      'none',
    ]);
  });
});
