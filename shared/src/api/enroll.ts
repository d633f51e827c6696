import { z } from 'zod';
import { entryRefusalCodes } from '../journey/entryRefusal';
import { LIMITS, withinLimit } from '../limits';

const externalIdSchema = z.string().trim().min(1, 'Give the customer external id').max(255);
/** Read by the entry's `where` (as `trigger: "properties.…"`) and by templates (`event.properties`). */
const propertiesSchema = z.record(z.string(), z.unknown());
const idempotencyKeySchema = z.string().min(1).max(255);

export const enrollCustomerSchema = z.strictObject({
  externalId: externalIdSchema,
  properties: propertiesSchema.optional(),
});

/**
 * `POST /api/journeys/:id/enroll` (SPEC §7a): one customer, or a list of up to `LIMITS.enrollBatch`.
 * The same `idempotencyKey` (per journey) never enters anyone twice: a repeat gets the first answer.
 */
export const enrollRequestSchema = z.union([
  z.strictObject({
    externalId: externalIdSchema,
    properties: propertiesSchema.optional(),
    idempotencyKey: idempotencyKeySchema.optional(),
  }),
  z.strictObject({
    customers: z
      .array(enrollCustomerSchema)
      .min(1, 'Give at least one customer')
      .superRefine(withinLimit('enrollBatch', `One call enrolls at most ${LIMITS.enrollBatch} customers`)),
    idempotencyKey: idempotencyKeySchema.optional(),
  }),
]);
export type EnrollRequestBody = z.infer<typeof enrollRequestSchema>;

export const enrollResultSchema = z.object({
  externalId: z.string(),
  entered: z.boolean(),
  /** Why not: the entry refusal code (as in the customer's trace and the journey's stats). */
  reason: z.enum(entryRefusalCodes).optional(),
});
export type EnrollResult = z.infer<typeof enrollResultSchema>;

export const enrollResponseSchema = z.object({
  /** One per customer asked for, in the request's order. */
  results: z.array(enrollResultSchema),
  /** True when the `idempotencyKey` was seen before: nobody entered now, these are the first call's results. */
  replayed: z.boolean(),
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
