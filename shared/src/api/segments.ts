import { z } from 'zod';
import { conditionSchema } from '../journey/condition';
import { isoTimestampSchema, listResponseSchema } from './common';
import { customerSchema } from './customers';

export const segmentTypeSchema = z.enum(['dynamic', 'static']);
export type SegmentType = z.infer<typeof segmentTypeSchema>;

const segmentNameSchema = z.string().trim().min(1, 'Enter a segment name').max(200);

/** A dynamic segment is a saved Condition; a static one is a list of customers filled by import. */
export const createSegmentRequestSchema = z.union([
  z.strictObject({
    name: segmentNameSchema,
    type: z.literal('dynamic').optional(),
    description: z.string().max(2000).optional(),
    condition: conditionSchema,
  }),
  z.strictObject({
    name: segmentNameSchema,
    type: z.literal('static'),
    description: z.string().max(2000).optional(),
  }),
]);
export type CreateSegmentRequest = z.infer<typeof createSegmentRequestSchema>;

export const updateSegmentRequestSchema = z.strictObject({
  name: segmentNameSchema.optional(),
  description: z.string().max(2000).optional(),
  /** Dynamic segments only. */
  condition: conditionSchema.optional(),
});
export type UpdateSegmentRequest = z.infer<typeof updateSegmentRequestSchema>;

export const segmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  type: segmentTypeSchema,
  // A union, not `.nullable()`: the OpenAPI generator drops `.nullable()` on a schema with an id (`Condition`).
  condition: z.union([conditionSchema, z.null()]),
  /** Live member count. */
  count: z.number().int(),
  /** Why the last membership refresh failed, until one succeeds (the others were refreshed regardless). */
  lastError: z.string().nullable().optional(),
  failedAt: isoTimestampSchema.nullable().optional(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type Segment = z.infer<typeof segmentSchema>;
export const segmentListResponseSchema = listResponseSchema(segmentSchema);

export const segmentPreviewSchema = z.object({ count: z.number().int(), sample: z.array(customerSchema) });
export type SegmentPreview = z.infer<typeof segmentPreviewSchema>;

/** JSON form of `POST /api/segments/:id/import` (the CSV form needs an `externalId` column). */
export const segmentImportRequestSchema = z.object({
  externalIds: z.array(z.string()).min(1).max(1_000_000),
  /** Create customers for ids the workspace does not know (default true, as before; the web asks). */
  createUnknown: z.boolean().optional(),
  /** Report what the import would do, write nothing. */
  dryRun: z.boolean().optional(),
});

/** The same options for a `text/csv` body, in the query string. */
export const segmentImportQuerySchema = z.object({
  createUnknown: z.enum(['true', 'false']).optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});

/** Why a row was not imported: bad id or row shape, a repeat of an earlier row, or an id nobody has. */
export const importRowProblemSchema = z.enum(['invalid', 'duplicate', 'unknown']);
export type ImportRowProblem = z.infer<typeof importRowProblemSchema>;
export type SegmentImportRequest = z.infer<typeof segmentImportRequestSchema>;

export const segmentImportResponseSchema = z.object({
  imported: z.number().int(),
  /** `row` is 1-based: the CSV line (after the header) or the array position + 1. */
  rejected: z.array(
    z.object({
      row: z.number().int(),
      reason: z.string(),
      code: importRowProblemSchema.optional(),
      externalId: z.string().optional(),
    }),
  ),
  /** Rows whose id is an existing customer. */
  matched: z.number().int().optional(),
  /** Rows whose id no customer has: created (`created`) or skipped and listed in `rejected`. */
  unknown: z.number().int().optional(),
  created: z.number().int().optional(),
  invalid: z.number().int().optional(),
  duplicate: z.number().int().optional(),
  /** The CSV column read as the customer id. */
  idColumn: z.string().optional(),
  dryRun: z.boolean().optional(),
});
export type SegmentImportResponse = z.infer<typeof segmentImportResponseSchema>;

/**
 * Said with a segment edit when live, paused, in-review or approved journeys use the segment: their audience
 * changes without a new review. The change is recorded in the audit log.
 */
export const segmentInUseWarningSchema = z.object({
  code: z.literal('segment_in_use'),
  journeys: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
});
export type SegmentInUseWarning = z.infer<typeof segmentInUseWarningSchema>;

export const updateSegmentResponseSchema = segmentSchema.extend({
  warning: segmentInUseWarningSchema.optional(),
  /** Set when the edit waits for a reviewer (202): the segment above is still the old one. */
  pendingChangeId: z.string().optional(),
});
export type UpdateSegmentResponse = z.infer<typeof updateSegmentResponseSchema>;

/** A segment edit waiting for a reviewer because live journeys use the segment. */
export const segmentChangeRequestSchema = z.object({
  id: z.string(),
  segmentId: z.string(),
  segmentName: z.string(),
  change: updateSegmentRequestSchema,
  requestedBy: z.string().nullable(),
  requestedAt: isoTimestampSchema,
});
export type SegmentChangeRequest = z.infer<typeof segmentChangeRequestSchema>;
export const segmentChangeRequestListSchema = listResponseSchema(segmentChangeRequestSchema);

/** `GET/PUT /api/review-settings` (PUT: admin). */
export const reviewSettingsSchema = z.strictObject({ segmentEditsNeedApproval: z.boolean() });
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
