import { z } from 'zod';
import { messagePurposeSchema } from '../messaging/channelContent';
import { MAX_EMAIL_LENGTH } from './auth';
import { isoTimestampSchema, listResponseSchema } from './common';
import { messageSchema } from './messages';

/** What a test recipient is reached by (SPEC §7a). */
export const testRecipientKindSchema = z.enum(['phone', 'email', 'push']);
export type TestRecipientKind = z.infer<typeof testRecipientKindSchema>;

/** `user`: only its owner sees and uses it; `workspace`: shared with the team. */
export const testRecipientScopeSchema = z.enum(['user', 'workspace']);
export type TestRecipientScope = z.infer<typeof testRecipientScopeSchema>;

/** Test sends go out only on channels a person can look at on a device. */
export const TEST_SEND_CHANNELS = ['sms', 'alimtalk', 'brandmessage', 'push', 'email'] as const;
export const testSendChannelSchema = z.enum(TEST_SEND_CHANNELS);
export type TestSendChannel = z.infer<typeof testSendChannelSchema>;

/** Which recipient kind each test-send channel needs. */
export const recipientKindOfChannel: Readonly<Record<TestSendChannel, TestRecipientKind>> = {
  sms: 'phone',
  alimtalk: 'phone',
  brandmessage: 'phone',
  push: 'push',
  email: 'email',
};

/** Most test sends per user in the window (`POST /api/test-sends`); more answer 429 `rate_limited`. */
export const TEST_SEND_LIMIT = { max: 20, windowSeconds: 600 } as const;
/** Most verification codes a user may have texted in the window (each is an SMS to an unproven number). */
export const VERIFICATION_CODE_SEND_LIMIT = { max: 5, windowSeconds: 600 } as const;
/** A phone verification code: 6 digits, valid 10 minutes, 5 tries. */
export const VERIFICATION_CODE = { digits: 6, ttlSeconds: 600, maxAttempts: 5 } as const;

export const testRecipientSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: testRecipientKindSchema,
  /** The phone (digits), email address or push token. */
  address: z.string(),
  scope: testRecipientScopeSchema,
  /** Phones need a one-time code first; emails and push devices are usable at once. */
  verified: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: isoTimestampSchema,
});
export type TestRecipient = z.infer<typeof testRecipientSchema>;
export const testRecipientListResponseSchema = listResponseSchema(testRecipientSchema);

export const createTestRecipientRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: testRecipientKindSchema,
  address: z.string().trim().min(1).max(4096),
  scope: testRecipientScopeSchema.default('user'),
});
export type CreateTestRecipientRequest = z.input<typeof createTestRecipientRequestSchema>;

/** A provider's refusal, as a code the web words in the reader's language plus what the provider said. */
export const providerRejectionSchema = z.object({
  code: z.literal('provider_rejected'),
  params: z.object({ providerCode: z.string(), detail: z.string() }),
});
export type ProviderRejection = z.infer<typeof providerRejectionSchema>;

/** Where a verification code went; `sandboxCode` only when the SMS channel is the sandbox (nothing really sent). */
export const verificationSentSchema = z.object({
  expiresAt: isoTimestampSchema,
  sandboxCode: z.string().optional(),
  /** The SMS provider refused the code message (the code cannot arrive; fix the channel and resend). */
  rejection: providerRejectionSchema.optional(),
});
export type VerificationSent = z.infer<typeof verificationSentSchema>;

export const createTestRecipientResponseSchema = testRecipientSchema.extend({
  verification: verificationSentSchema.optional(),
});

export const verifyTestRecipientRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, 'Enter the digits of the code'),
});

const testSendAddressSchema = z
  .strictObject({
    phone: z.string().trim().min(1).max(40).optional(),
    email: z.string().trim().min(1).max(MAX_EMAIL_LENGTH).optional(),
    pushToken: z.string().trim().min(1).max(4096).optional(),
  })
  .refine((to) => Object.keys(to).length === 1, 'Give exactly one of phone, email or pushToken');

/** `POST /api/test-sends` (SPEC §7a). */
export const testSendRequestSchema = z
  .object({
    channel: testSendChannelSchema,
    purpose: messagePurposeSchema,
    templateId: z.string().min(1).max(200).optional(),
    content: z.record(z.string(), z.unknown()).optional(),
    to: z.union([z.strictObject({ recipientId: z.string().min(1).max(200) }), testSendAddressSchema]),
    customer: z
      .union([
        z.strictObject({ externalId: z.string().trim().min(1).max(200) }),
        z.strictObject({ attributes: z.record(z.string().max(100), z.unknown()) }),
      ])
      .optional(),
  })
  .refine((body) => (body.templateId === undefined) !== (body.content === undefined), {
    message: 'Give either templateId or content',
    path: ['templateId'],
  });
export type TestSendRequest = z.input<typeof testSendRequestSchema>;

export const testSendResponseSchema = z.object({
  message: messageSchema,
  rejection: providerRejectionSchema.optional(),
});
export type TestSendResponse = z.infer<typeof testSendResponseSchema>;
