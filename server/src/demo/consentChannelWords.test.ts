import { createLiquid } from '@journeyflow/shared/messaging/createLiquid';
import { describe, expect, it } from 'vitest';
import { CONSENT_CHANNEL_WORDS } from './demoTemplates';

describe('the demo re-consent messages', () => {
  it('name the expiring consent in words, not by its key', async () => {
    const liquid = createLiquid();
    const say = (channel: string) =>
      liquid.parseAndRender(CONSENT_CHANNEL_WORDS, { event: { properties: { channel } } });
    expect(await say('night')).toBe('야간 광고');
    expect(await say('email')).toBe('이메일');
    expect(await say('push')).toBe('앱 푸시');
    expect(await say('sms')).toBe('문자');
  });
});
