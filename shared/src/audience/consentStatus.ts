import { CONSENT_VALID_DAYS, type ConsentChannel } from '../api/consent';

/** Days before expiry when a `consent_expiring` event is emitted (SPEC §5 / issue 6). */
export const CONSENT_EXPIRING_NOTICE_DAYS = 30;

const DAY_MS = 86_400_000;

export type ConsentState = 'valid' | 'expiring' | 'expired' | 'withdrawn' | 'none';

export type ConsentChannelStatus = {
  readonly channel: ConsentChannel;
  readonly state: ConsentState;
  /** When consent was given (ISO), or null. */
  readonly givenAt: string | null;
  /** When it stops counting (given + 2 years), or null. */
  readonly expiresAt: string | null;
};

/**
 * What one stored consent value means at `now`: given less than two years ago is valid (and
 * "expiring" in its last 30 days), older is expired, null is withdrawn, absent was never given.
 */
export function consentChannelStatus(
  channel: ConsentChannel,
  value: string | null | undefined,
  now: Date,
): ConsentChannelStatus {
  if (value === undefined) return { channel, state: 'none', givenAt: null, expiresAt: null };
  if (value === null) return { channel, state: 'withdrawn', givenAt: null, expiresAt: null };
  const given = Date.parse(value);
  if (Number.isNaN(given)) return { channel, state: 'none', givenAt: null, expiresAt: null };
  const expires = given + CONSENT_VALID_DAYS * DAY_MS;
  const state: ConsentState =
    now.getTime() >= expires
      ? 'expired'
      : now.getTime() >= expires - CONSENT_EXPIRING_NOTICE_DAYS * DAY_MS
        ? 'expiring'
        : 'valid';
  return {
    channel,
    state,
    givenAt: new Date(given).toISOString(),
    expiresAt: new Date(expires).toISOString(),
  };
}

const CHANNELS: readonly ConsentChannel[] = ['sms', 'kakao', 'push', 'email', 'night'];

/** Every channel's status, for the customer page. */
export function consentStatus(
  consent: Readonly<Record<string, string | null | undefined>>,
  now: Date,
): ConsentChannelStatus[] {
  return CHANNELS.map((channel) => consentChannelStatus(channel, consent[channel], now));
}
