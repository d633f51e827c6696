import { z } from 'zod';
import { channelSchema, messagePurposeSchema } from '../messaging/channelContent';
import { isoTimestampSchema, listResponseSchema } from './common';
import { pageQueryFields, pageResponseSchema } from './paging';

export const messageStatusSchema = z.enum(['queued', 'sent', 'delivered', 'failed', 'skipped']);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

/** A message of the outbox (SPEC §6, `GET /api/messages`). */
export const messageSchema = z.object({
  id: z.string(),
  journeyId: z.string().nullable(),
  runId: z.string().nullable(),
  externalId: z.string(),
  nodeId: z.string().nullable(),
  channel: channelSchema,
  purpose: messagePurposeSchema,
  status: messageStatusSchema,
  /** The content after personalization, in the channel's content shape (plus `type` SMS/LMS/MMS for SMS). */
  rendered: z.record(z.string(), z.unknown()),
  /** Why it was skipped or failed, or which fallback was used. */
  reason: z.string().nullable().optional(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema.optional(),
  /** A test send (`POST /api/test-sends`): never counted in stats, reports or caps. */
  test: z.boolean().optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const messageListQuerySchema = z.object({
  journeyId: z.string().optional(),
  externalId: z.string().optional(),
  channel: channelSchema.optional(),
  status: messageStatusSchema.optional(),
  /** `true`: only test sends; otherwise (the default) only real messages. */
  test: z.enum(['true', 'false']).optional(),
  ...pageQueryFields,
});
export type MessageListQuery = z.infer<typeof messageListQuerySchema>;

export const messageListResponseSchema = listResponseSchema(messageSchema);

export const messagePageSchema = pageResponseSchema(messageSchema);
