import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { CustomerRecord } from '../step/customerRecord';

/** Channels addressed by phone number, where the workspace's 080 opt-out list applies to ads. */
export const PHONE_CHANNELS: ReadonlySet<Channel> = new Set(['sms', 'alimtalk', 'brandmessage']);

/** The phone number of a customer: the profile column, else the `phone` attribute. */
export function phoneOf(customer: CustomerRecord): string | null {
  const attribute = customer.attributes.phone;
  return customer.phone ?? (typeof attribute === 'string' && attribute ? attribute : null);
}

/** The email address of a customer: the profile column, else the `email` attribute. */
export function emailOf(customer: CustomerRecord): string | null {
  const attribute = customer.attributes.email;
  return customer.email ?? (typeof attribute === 'string' && attribute ? attribute : null);
}

/** The address a channel delivers to; undefined/null means the customer cannot be reached on it. */
export function addressOf(customer: CustomerRecord, channel: Channel): string | undefined | null {
  if (PHONE_CHANNELS.has(channel)) return phoneOf(customer);
  if (channel === 'email') return emailOf(customer);
  // push, inapp and webhook address the customer by external id.
  return customer.externalId;
}
