import { z } from 'zod';

/*
 * Provider configs per channel (`PUT /api/channel-settings/{channel}` bodies, flattened). The server stores
 * `secretFields` sealed and never returns them; the web settings screen derives its form from these schemas.
 */

const rate = z.number().positive().max(10_000).optional();

/** Solapi-style HTTP API for SMS/LMS/MMS, AlimTalk and Brand Message. */
export const solapiConfigSchema = z.strictObject({
  provider: z.literal('solapi'),
  baseUrl: z.url().default('https://api.solapi.com'),
  apiKey: z.string().min(1),
  apiSecret: z.string().min(1),
  /** Registered caller number (발신번호). */
  senderNumber: z.string().min(1),
  /** Kakao channel profile id (pfId) for AlimTalk and Brand Message. */
  kakaoChannelId: z.string().min(1).optional(),
  ratePerSecond: rate,
});

/** The fields of a Google service-account key file (the JSON Firebase downloads) that FCM needs. */
export const googleServiceAccountSchema = z.object({
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY', { message: 'private_key must be a PEM private key' }),
  token_uri: z.url().default('https://oauth2.googleapis.com/token'),
});
export type GoogleServiceAccount = z.infer<typeof googleServiceAccountSchema>;

/** Parses a pasted service-account key file; undefined when it is not one. */
export function parseGoogleServiceAccount(json: string): GoogleServiceAccount | undefined {
  try {
    const parsed = googleServiceAccountSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * FCM HTTP v1. Authenticates with the project's service-account key file (`serviceAccountJson`: access
 * tokens are minted and refreshed from it), or with a fixed OAuth2 `accessToken` the operator refreshes.
 */
export const fcmConfigSchema = z
  .strictObject({
    provider: z.literal('fcm'),
    baseUrl: z.url().default('https://fcm.googleapis.com'),
    projectId: z.string().min(1),
    serviceAccountJson: z
      .string()
      .min(1)
      .refine((json) => parseGoogleServiceAccount(json) !== undefined, {
        message: 'Paste the service-account key file (JSON with client_email and private_key)',
      })
      .optional(),
    accessToken: z.string().min(1).optional(),
    ratePerSecond: rate,
  })
  .refine((config) => config.serviceAccountJson !== undefined || config.accessToken !== undefined, {
    message: 'Give the service-account key file or an access token',
    path: ['serviceAccountJson'],
  });

export const smtpConfigSchema = z.strictObject({
  provider: z.literal('smtp'),
  host: z.string().min(1),
  port: z.number().int().min(1).max(65_535).default(587),
  secure: z.boolean().default(false),
  user: z.string().optional(),
  password: z.string().optional(),
  from: z.string().min(3),
  ratePerSecond: rate,
});

/** Signing secret for `webhook` sends; the URL is part of each send's content. */
export const webhookConfigSchema = z.strictObject({
  provider: z.literal('webhook'),
  secret: z.string().min(16),
  timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
  ratePerSecond: rate,
});

export const sandboxConfigSchema = z.strictObject({ provider: z.literal('sandbox') });

export const providerConfigSchema = z.discriminatedUnion('provider', [
  solapiConfigSchema,
  fcmConfigSchema,
  smtpConfigSchema,
  webhookConfigSchema,
  sandboxConfigSchema,
]);

export type SolapiConfig = z.infer<typeof solapiConfigSchema>;
export type FcmConfig = z.infer<typeof fcmConfigSchema>;
export type SmtpConfig = z.infer<typeof smtpConfigSchema>;
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type ProviderName = ProviderConfig['provider'];

/** Which providers can carry which channel (inapp is always delivered by the built-in inbox). */
export const providerChannels = {
  solapi: ['sms', 'alimtalk', 'brandmessage'],
  fcm: ['push'],
  smtp: ['email'],
  webhook: ['webhook'],
  sandbox: ['sms', 'alimtalk', 'brandmessage', 'push', 'email', 'webhook'],
} as const;

/** Fields that are secrets: stored encrypted and never returned by the API. */
export const secretFields = [
  'apiKey',
  'apiSecret',
  'accessToken',
  'serviceAccountJson',
  'password',
  'secret',
] as const;
