import { isAlimtalkAd } from '@journeyflow/shared/compliance/channelPurpose';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { SendRuleViolation } from './sendRuleViolation';

/** At send time, the shared rule: an ad by AlimTalk never goes out (SPEC §6). */
export function alimtalkAdViolation(
  channel: Channel,
  purpose: MessagePurpose,
): SendRuleViolation | undefined {
  return isAlimtalkAd(channel, purpose)
    ? { code: 'alimtalk_ad_forbidden', why: 'AlimTalk may not carry ads', detail: 'alimtalk' }
    : undefined;
}
