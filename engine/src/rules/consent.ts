import { isConsentExpired } from '@journeyflow/shared/api/consent';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { CustomerRecord } from '../step/customerRecord';
import type { SendRuleViolation } from './sendRuleViolation';

/** Which consent (SPEC §5 `{ sms, kakao, push, email, night }`) an ad on each channel needs. */
export const consentKeyOf: Partial<Record<Channel, string>> = {
  sms: 'sms',
  alimtalk: 'kakao',
  brandmessage: 'kakao',
  push: 'push',
  email: 'email',
};

/**
 * Consent counts when given (an ISO date) and not expired by `isConsentExpired` (SPEC §5), the reading
 * conditions and segments share.
 */
export function consentState(
  customer: CustomerRecord,
  key: string,
  now: Date,
): 'valid' | 'missing' | 'expired' {
  const given = customer.consent[key];
  if (!given) return 'missing';
  const at = new Date(given);
  if (Number.isNaN(at.getTime())) return given === ('true' as string) ? 'valid' : 'missing';
  return isConsentExpired(at.getTime(), now) ? 'expired' : 'valid';
}

/** An ad needs valid marketing consent for its channel; informational messages need none (SPEC §6). */
export function consentViolation(
  customer: CustomerRecord,
  channel: Channel,
  purpose: MessagePurpose,
  now: Date,
): SendRuleViolation | undefined {
  const key = consentKeyOf[channel];
  if (purpose !== 'ad' || !key) return undefined;
  const state = consentState(customer, key, now);
  if (state === 'valid') return undefined;
  return {
    code: `consent_${state}`,
    detail: key,
    why:
      state === 'expired' ? `${key} marketing consent is older than 2 years` : `no ${key} marketing consent`,
  };
}
