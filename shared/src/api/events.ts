import { z } from 'zod';
import { isoTimestampSchema } from './common';

/** `POST /api/events` (202). `messageId` deduplicates; `timestamp` places late events in order. */
export const trackEventRequestSchema = z.object({
  externalId: z.string().trim().min(1, 'Give the customer external id').max(255),
  name: z.string().trim().min(1, 'Give the event name').max(200),
  properties: z.record(z.string(), z.unknown()).optional(),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  messageId: z.string().min(1).max(255).optional(),
});
export type TrackEventRequest = z.infer<typeof trackEventRequestSchema>;

export const eventBatchRequestSchema = z.object({
  events: z.array(z.unknown()).min(1).max(10_000),
});
export type EventBatchRequest = z.infer<typeof eventBatchRequestSchema>;

export const trackEventResponseSchema = z.object({
  accepted: z.number().int(),
  /** Events already seen with the same `messageId`. */
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })).optional(),
});
export type TrackEventResponse = z.infer<typeof trackEventResponseSchema>;

/** A stored event, as the profile timeline shows it. */
export const customerEventSchema = z.object({
  id: z.string(),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
  timestamp: isoTimestampSchema,
  messageId: z.string().nullable().optional(),
});
export type CustomerEvent = z.infer<typeof customerEventSchema>;
