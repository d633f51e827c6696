import { z } from 'zod';

/** Marketing consent channels (SPEC §5). `night` allows ads between 21:00 and 08:00. */
export const consentChannelSchema = z.enum(['sms', 'kakao', 'push', 'email', 'night']);
export type ConsentChannel = z.infer<typeof consentChannelSchema>;

/** The ISO date (or date-time) consent was given, or null when withdrawn. */
export const consentValueSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: 'Use the ISO date the consent was given (e.g. 2026-01-31), or null when withdrawn',
  })
  .nullable();

export const consentSchema = z.strictObject({
  sms: consentValueSchema.optional(),
  kakao: consentValueSchema.optional(),
  push: consentValueSchema.optional(),
  email: consentValueSchema.optional(),
  night: consentValueSchema.optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/** Consent older than this counts as expired (SPEC §5: two years). */
export const CONSENT_VALID_DAYS = 730;

const CONSENT_VALID_MS = CONSENT_VALID_DAYS * 86_400_000;

/** The one reading of the two-year rule for conditions and send rules: still valid at exactly two years. */
export const isConsentExpired = (givenAtMs: number, now: Date): boolean =>
  now.getTime() - givenAtMs > CONSENT_VALID_MS;
