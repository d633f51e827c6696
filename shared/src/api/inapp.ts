import { z } from 'zod';
import { isoTimestampSchema, listResponseSchema } from './common';

export const inappTokenRequestSchema = z.object({ externalId: z.string().trim().min(1) });
export type InappTokenRequest = z.infer<typeof inappTokenRequestSchema>;

export const inappTokenResponseSchema = z.object({ token: z.string(), expiresAt: isoTimestampSchema });
export type InappTokenResponse = z.infer<typeof inappTokenResponseSchema>;

export const inappTokenQuerySchema = z.object({ token: z.string().min(1) });

/** An in-app message in the customer's inbox (also the payload of each SSE `message` event). */
export const inappMessageSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  imageUrl: z.string().optional(),
  ctaLabel: z.string().optional(),
  ctaUrl: z.string().optional(),
  purpose: z.enum(['info', 'ad']),
  createdAt: isoTimestampSchema,
  readAt: isoTimestampSchema.nullable(),
});
export type InappMessage = z.infer<typeof inappMessageSchema>;
export const inappMessageListResponseSchema = listResponseSchema(inappMessageSchema);

/** `GET /api/inapp/messages`: the inbox and how many messages are unread. */
export const inappInboxResponseSchema = inappMessageListResponseSchema.extend({ unread: z.number().int() });
export type InappInboxResponse = z.infer<typeof inappInboxResponseSchema>;
