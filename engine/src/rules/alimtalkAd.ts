import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { SendRuleViolation } from './sendRuleViolation';

/** AlimTalk may only carry informational messages (SPEC §6); an ad by AlimTalk never goes out. */
export function alimtalkAdViolation(
  channel: Channel,
  purpose: MessagePurpose,
): SendRuleViolation | undefined {
  return channel === 'alimtalk' && purpose === 'ad'
    ? { code: 'alimtalk_ad_forbidden', why: 'AlimTalk may not carry ads', detail: 'alimtalk' }
    : undefined;
}
