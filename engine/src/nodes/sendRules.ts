import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { CustomerRecord } from '../runtime/customerRecord';

/** Which consent (SPEC §5 `{ sms, kakao, push, email, night }`) an ad on each channel needs. */
export const consentKeyOf: Partial<Record<Channel, string>> = {
  sms: 'sms',
  alimtalk: 'kakao',
  brandmessage: 'kakao',
  push: 'push',
  email: 'email',
};

export const channelLabel: Record<Channel, string> = {
  sms: 'SMS',
  alimtalk: 'AlimTalk',
  brandmessage: 'Brand Message',
  push: 'Push',
  inapp: 'In-app',
  email: 'Email',
  webhook: 'Webhook',
};

const twoYearsMs = 2 * 365.25 * 86_400_000;

/** Consent counts when given (an ISO date) and less than two years old (SPEC §5). */
export function consentState(
  customer: CustomerRecord,
  key: string,
  now: Date,
): 'valid' | 'missing' | 'expired' {
  const given = customer.consent[key];
  if (!given) return 'missing';
  const at = new Date(given);
  if (Number.isNaN(at.getTime())) return given === ('true' as string) ? 'valid' : 'missing';
  return now.getTime() - at.getTime() > twoYearsMs ? 'expired' : 'valid';
}

/** The address a channel delivers to; undefined means the customer cannot be reached on it. */
export function addressOf(customer: CustomerRecord, channel: Channel): string | undefined | null {
  switch (channel) {
    case 'sms':
    case 'alimtalk':
    case 'brandmessage':
      return customer.phone ?? (customer.attributes.phone as string | undefined);
    case 'email':
      return customer.email ?? (customer.attributes.email as string | undefined);
    default:
      // push, inapp and webhook address the customer by external id.
      return customer.externalId;
  }
}
