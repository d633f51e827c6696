import { z } from 'zod';
import { timeZoneSchema } from '../journey/timezone';
import { isoTimestampSchema, listResponseSchema } from './common';
import { consentSchema } from './consent';
import { customerEventSchema } from './events';
import { pageQueryFields, pageResponseSchema } from './paging';

export const externalIdSchema = z.string().trim().min(1, 'Give the customer external id').max(255);

/** `POST /api/customers`: create or update by `externalId`; attributes are merged into the stored ones. */
export const customerUpsertRequestSchema = z.object({
  externalId: externalIdSchema,
  /** name, phone, email and any custom attribute; a `null` value removes the attribute. */
  attributes: z.record(z.string(), z.unknown()).optional(),
  timezone: timeZoneSchema.optional(),
  locale: z.string().min(2).max(35).optional(),
  consent: consentSchema.optional(),
});
export type CustomerUpsertRequest = z.infer<typeof customerUpsertRequestSchema>;

export const MAX_BATCH_SIZE = 10_000;

export const customerBatchRequestSchema = z.object({
  customers: z.array(z.unknown()).min(1).max(MAX_BATCH_SIZE),
});
export type CustomerBatchRequest = z.infer<typeof customerBatchRequestSchema>;

/** Batch answers: each bad item is rejected alone, with its index, so one typo does not sink a batch. */
export const batchResultSchema = z.object({
  accepted: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const rfmSchema = z.object({
  recency_days: z.number().nullable(),
  frequency_90d: z.number(),
  monetary_90d: z.number(),
});
export type Rfm = z.infer<typeof rfmSchema>;

export const customerSchema = z.object({
  id: z.string(),
  externalId: z.string(),
  attributes: z.record(z.string(), z.unknown()),
  timezone: z.string().nullable(),
  locale: z.string().nullable(),
  grade: z.string().nullable(),
  rfm: rfmSchema,
  consent: z.object({
    sms: z.string().nullable(),
    kakao: z.string().nullable(),
    push: z.string().nullable(),
    email: z.string().nullable(),
    night: z.string().nullable(),
  }),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type Customer = z.infer<typeof customerSchema>;

export const customerUpsertResponseSchema = z.object({ customer: customerSchema, created: z.boolean() });
export type CustomerUpsertResponse = z.infer<typeof customerUpsertResponseSchema>;

export const customerListQuerySchema = z.object({
  q: z.string().optional(),
  segmentId: z.string().optional(),
  grade: z.string().optional(),
  ...pageQueryFields,
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const customerListResponseSchema = listResponseSchema(customerSchema);

export const customerPageSchema = pageResponseSchema(customerSchema);

/** A journey the customer is or was in, for the profile page. */
export const customerJourneySchema = z.object({
  journeyId: z.string(),
  journeyName: z.string(),
  version: z.number().int(),
  runId: z.string(),
  status: z.string(),
  currentNodeId: z.string().nullable(),
  enteredAt: isoTimestampSchema,
});
export type CustomerJourney = z.infer<typeof customerJourneySchema>;

export const customerProfileSchema = z.object({
  customer: customerSchema,
  recentEvents: z.array(customerEventSchema),
  journeys: z.array(customerJourneySchema),
  segments: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;
