import { z } from 'zod';
import { customerProfileSchema } from '../api/customers';
import { messageSchema } from '../api/messages';
import { gradeHistoryEntrySchema } from './gradeTiers';

export const consentChannelStatusSchema = z.object({
  channel: z.enum(['sms', 'kakao', 'push', 'email', 'night']),
  state: z.enum(['valid', 'expiring', 'expired', 'withdrawn', 'none']),
  givenAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/**
 * `GET /api/customers/:externalId`: the profile (SPEC §7) plus what the customer page shows beside it —
 * consent with its expiry, grade history (newest first) and the messages the customer got.
 */
export const customerDetailSchema = customerProfileSchema.extend({
  consentStatus: z.array(consentChannelStatusSchema),
  gradeHistory: z.array(gradeHistoryEntrySchema),
  messages: z.array(messageSchema),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

/** `DELETE /api/customers/:externalId` (privacy erase) answer: what was removed or ended. */
export const customerEraseResultSchema = z.object({
  erased: z.literal(true),
  events: z.number().int(),
  runsEnded: z.number().int(),
  messagesScrubbed: z.number().int(),
});
export type CustomerEraseResult = z.infer<typeof customerEraseResultSchema>;
