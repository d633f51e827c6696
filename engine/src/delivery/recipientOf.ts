import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { Recipient } from '../ports/channels';
import { PHONE_CHANNELS } from '../rules/address';
import type { CustomerRecord } from '../step/customerRecord';

/** A JSON object column as an object (some drivers hand jsonb back as text); anything else is `{}`. */
export const asRecord = (value: unknown): Record<string, unknown> => {
  const parsed = typeof value === 'string' ? parseJsonObject(value) : value;
  return (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
};

const parseJsonObject = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
};

/** Where the adapters deliver to: profile columns first, then the customer's attributes. */
export const toRecipient = (customer: CustomerRecord): Recipient => {
  const attributes = asRecord(customer.attributes);
  const tokens = attributes.pushTokens ?? attributes.pushToken;
  const pushTokens = (Array.isArray(tokens) ? tokens : [tokens]).filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
  const phone = customer.phone ?? (typeof attributes.phone === 'string' ? attributes.phone : null);
  const email = customer.email ?? (typeof attributes.email === 'string' ? attributes.email : null);
  return { externalId: customer.externalId, phone, email, pushTokens };
};

/** Why a channel cannot reach the customer (its reason code), or null. */
export const missingAddress = (channel: Channel, to: Recipient): string | null => {
  if (PHONE_CHANNELS.has(channel)) return to.phone ? null : 'no_phone_number';
  if (channel === 'email') return to.email ? null : 'no_email_address';
  if (channel === 'push') return to.pushTokens.length > 0 ? null : 'no_push_token';
  return null;
};
