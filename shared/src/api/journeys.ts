import { z } from 'zod';
import { draftJourneyGraphSchema, journeyGraphSchema } from '../journey/graph';
import { journeyDiffSchema } from '../journey/journeyDiffSchema';
import { journeySettingsSchema } from '../journey/journeySettings';
import { validationResultSchema } from '../journey/validationIssue';
import { isoTimestampSchema, listResponseSchema } from './common';
import { pageQueryFields, pageResponseSchema } from './paging';

/** SPEC §3: draft → in_review → approved → live ⇄ paused, and archived; a rejection returns to draft. */
export const journeyStatusSchema = z.enum(['draft', 'in_review', 'approved', 'live', 'paused', 'archived']);
export type JourneyStatus = z.infer<typeof journeyStatusSchema>;

/**
 * Where the editable draft stands in review. Before the first publish it equals `status`; after it,
 * a live journey's next draft goes through review on its own (`status: live`, `draftStatus: in_review`).
 */
export const draftStatusSchema = z.enum(['draft', 'in_review', 'approved']);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

/**
 * Journey settings as a draft holds them: saved even when a field is unfinished; `validateJourney`
 * reports what `journeySettingsSchema` rejects.
 */
export const draftJourneySettingsSchema = z.record(z.string(), z.unknown());
export type DraftJourneySettings = z.infer<typeof draftJourneySettingsSchema>;

const journeyNameSchema = z.string().trim().min(1, 'Enter a journey name').max(200);

export const createJourneyRequestSchema = z.object({
  name: journeyNameSchema,
  description: z.string().max(2000).optional(),
  graph: draftJourneyGraphSchema.optional(),
  settings: draftJourneySettingsSchema.optional(),
  /** A gallery template id (`GET /api/journey-templates`): start from its graph and settings. */
  fromTemplate: z.string().min(1).max(100).optional(),
});
export type CreateJourneyRequest = z.infer<typeof createJourneyRequestSchema>;

export const updateJourneyRequestSchema = z.object({
  name: journeyNameSchema.optional(),
  description: z.string().max(2000).optional(),
  graph: draftJourneyGraphSchema.optional(),
  settings: draftJourneySettingsSchema.optional(),
  /** The revision the edit is based on; an older one is refused with 409 `stale_revision`. */
  revision: z.number().int().nonnegative(),
});
export type UpdateJourneyRequest = z.infer<typeof updateJourneyRequestSchema>;

export const journeyListQuerySchema = z.object({
  q: z.string().optional(),
  status: journeyStatusSchema.optional(),
  ...pageQueryFields,
});
export type JourneyListQuery = z.infer<typeof journeyListQuerySchema>;

export const journeySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  status: journeyStatusSchema,
  revision: z.number().int(),
  ownerId: z.string(),
  ownerName: z.string().optional(),
  /** Number of the version running now (live or paused), or null before the first publish. */
  liveVersion: z.number().int().nullable(),
  draftStatus: draftStatusSchema.optional(),
  /** Whether the draft differs from the running version (always true before the first publish). */
  hasUnpublishedChanges: z.boolean().optional(),
  /** The draft's active period (SPEC §7a) when it sets one, for the list's 예정 / 종료됨 badges. */
  activePeriod: z
    .object({
      startsAt: z.string().optional(),
      endsAt: z.string().optional(),
      timezone: z.string().optional(),
    })
    .optional(),
  /** The reviewer's reason when the draft's last submission was rejected (the list shows it). */
  rejectionComment: z.string().nullable().optional(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type JourneySummary = z.infer<typeof journeySummarySchema>;

export const journeySchema = journeySummarySchema.extend({
  /** The saved templates pinned at the last submit (template id → its version and name), read-only. */
  pinnedTemplates: z.record(z.string(), z.object({ version: z.number().int(), name: z.string() })).optional(),
  graph: draftJourneyGraphSchema,
  settings: draftJourneySettingsSchema,
  /** `journeyContentHash` of the draft's graph and settings. */
  contentHash: z.string(),
  /** Content hash of the running version, to compare with the draft's. */
  liveVersionHash: z.string().nullable().optional(),
  /** The hash an approval was given for; the approval holds only while it equals `contentHash`. */
  approvedHash: z.string().nullable().optional(),
  submittedBy: z.string().nullable().optional(),
  approvedBy: z.string().nullable().optional(),
  /** Comment of the last rejection, shown to the owner on the draft. */
  rejectionComment: z.string().nullable().optional(),
  /**
   * Why the draft went back from review on its own, e.g. `template_changed` (a template it sends was
   * edited after submit; params `{ templateId, templateName }`); cleared by the next submit.
   */
  reviewNotice: z
    .object({ code: z.string(), params: z.record(z.string(), z.unknown()).optional() })
    .nullable()
    .optional(),
  /** Users who created or edited the draft since the last publish: none of them may approve it. */
  draftAuthors: z.array(z.string()).optional(),
});
export type Journey = z.infer<typeof journeySchema>;

export const journeyListResponseSchema = listResponseSchema(journeySummarySchema);
export const journeyPageSchema = pageResponseSchema(journeySummarySchema);

export const validateJourneyResponseSchema = validationResultSchema;
export type ValidateJourneyResponse = z.infer<typeof validateJourneyResponseSchema>;

/** Body of submit, approve, reject, pause, resume and archive. */
export const workflowActionRequestSchema = z.object({ comment: z.string().max(5000).optional() });
export type WorkflowActionRequest = z.infer<typeof workflowActionRequestSchema>;

export const migrationModeSchema = z.enum(['keep_on_old', 'move']);
export type MigrationMode = z.infer<typeof migrationModeSchema>;

export const publishMigrationSchema = z.object({
  /** `keep_on_old` (default): in-flight customers finish on their version; `move`: they switch now. */
  mode: migrationModeSchema.default('keep_on_old'),
  /**
   * With `move` (SPEC §7a): old node id → new node id, or `null` = the customers there exit now. Nodes
   * left out keep the same id when the new version still has it, else stay on the old version.
   */
  map: z.record(z.string().max(200), z.string().max(200).nullable()).optional(),
  /** The earlier name of `map` (no `null`), still accepted; `map` wins where both name a node. */
  nodeMap: z.record(z.string(), z.string()).optional(),
});

/** `nodeMap` and `map` as one map (what the engine applies). */
export const migrationNodeMap = (migration: PublishMigration): Record<string, string | null> => ({
  ...(migration.nodeMap ?? {}),
  ...(migration.map ?? {}),
});
export type PublishMigration = z.infer<typeof publishMigrationSchema>;

export const publishRequestSchema = z.object({
  comment: z.string().max(5000).optional(),
  migration: publishMigrationSchema.optional(),
  /** Report how many customers sit on each node of the running version without publishing. */
  dryRun: z.boolean().optional(),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;

export const publishResponseSchema = z.object({
  dryRun: z.boolean(),
  /** The version created (absent on a dry run). */
  version: z.number().int().optional(),
  /** In-flight customers per node of the previously running version. */
  occupancy: z.record(z.string(), z.number().int()),
  /** With `move`: how many customers were (or would be) moved, and nodes that have no target. */
  moved: z.number().int().optional(),
  /** With `move`: how many customers exit now (their node is mapped to `null`). */
  exited: z.number().int().optional(),
  unmappedNodes: z.array(z.string()).optional(),
  journey: journeySchema.optional(),
});
export type PublishResponse = z.infer<typeof publishResponseSchema>;

export const journeyVersionSummarySchema = z.object({
  journeyId: z.string(),
  version: z.number().int().positive(),
  contentHash: z.string(),
  publishedBy: z.string(),
  publishedByName: z.string().optional(),
  publishedAt: isoTimestampSchema,
  comment: z.string().nullable().optional(),
});
export type JourneyVersionSummary = z.infer<typeof journeyVersionSummarySchema>;
/** `GET /api/journeys/:id/versions` lists the summaries; one (`…/versions/:n`) answers the whole version. */
export const journeyVersionListResponseSchema = listResponseSchema(journeyVersionSummarySchema);

/** An immutable published version; its graph passed validation, so it has the strict shape. */
export const journeyVersionSchema = journeyVersionSummarySchema.extend({
  name: z.string(),
  graph: journeyGraphSchema,
  settings: journeySettingsSchema,
});
export type JourneyVersion = z.infer<typeof journeyVersionSchema>;

/** `from`/`to`: a version number, or `draft` (default `to`) / `live` (default `from`). */
export const journeyDiffQuerySchema = z.object({
  from: z.union([z.coerce.number().int().positive(), z.enum(['draft', 'live'])]).optional(),
  to: z.union([z.coerce.number().int().positive(), z.enum(['draft', 'live'])]).optional(),
});
export type JourneyDiffQuery = z.infer<typeof journeyDiffQuerySchema>;

export const journeyDiffResponseSchema = z.object({
  from: z.union([z.number().int(), z.literal('draft'), z.null()]),
  to: z.union([z.number().int(), z.literal('draft')]),
  diff: journeyDiffSchema,
});
export type JourneyDiffResponse = z.infer<typeof journeyDiffResponseSchema>;

export const createCommentRequestSchema = z.object({
  body: z.string().trim().min(1, 'Write a comment').max(5000),
  /** Pin the comment to a node of the graph. */
  nodeId: z.string().optional(),
});
export type CreateCommentRequest = z.infer<typeof createCommentRequestSchema>;

/** `PATCH /api/journeys/:id/comments/:commentId`: mark a review comment resolved, or open it again. */
export const updateCommentRequestSchema = z.strictObject({ resolved: z.boolean() });
export type UpdateCommentRequest = z.infer<typeof updateCommentRequestSchema>;

export const journeyCommentSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  nodeId: z.string().nullable(),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string().optional(),
  createdAt: isoTimestampSchema,
  /** When someone marked the comment resolved (the marketer fixed it, or the reviewer agreed); null while open. */
  resolvedAt: isoTimestampSchema.nullable().optional(),
  resolvedBy: z.string().nullable().optional(),
  resolvedByName: z.string().optional(),
});
export type JourneyComment = z.infer<typeof journeyCommentSchema>;
export const journeyCommentListResponseSchema = listResponseSchema(journeyCommentSchema);

export const auditActionSchema = z.enum([
  'created',
  'updated',
  'submitted',
  'approved',
  'rejected',
  'published',
  'paused',
  'resumed',
  'archived',
  'deleted',
  'commented',
  'returned_to_draft',
]);

export const auditEntrySchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  action: auditActionSchema,
  actorId: z.string(),
  actorName: z.string().optional(),
  /** Content hash before and after the action. */
  beforeHash: z.string().nullable(),
  afterHash: z.string().nullable(),
  comment: z.string().nullable().optional(),
  /** Action-specific facts, e.g. the version number of a publish. */
  details: z.record(z.string(), z.unknown()).nullable().optional(),
  createdAt: isoTimestampSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListResponseSchema = listResponseSchema(auditEntrySchema);

export const runStatusSchema = z.enum(['active', 'waiting', 'completed', 'exited', 'converted', 'failed']);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const journeyRunQuerySchema = z.object({
  nodeId: z.string().optional(),
  status: runStatusSchema.optional(),
  ...pageQueryFields,
});
export type JourneyRunQuery = z.infer<typeof journeyRunQuerySchema>;

export const journeyRunSchema = z.object({
  id: z.string(),
  journeyId: z.string(),
  version: z.number().int(),
  externalId: z.string(),
  status: runStatusSchema,
  currentNodeId: z.string().nullable(),
  /** When a waiting run wakes (timer), if it waits for time. */
  wakeAt: isoTimestampSchema.nullable(),
  /** The event a waiting run waits for, if any. */
  waitingFor: z.string().nullable(),
  enteredAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
  /** The customer's name (masked for roles that may not see personal data). */
  customerName: z.string().nullable().optional(),
  /** The customer's phone, always masked (`010-****-5678`). */
  phoneMasked: z.string().nullable().optional(),
});
export type JourneyRun = z.infer<typeof journeyRunSchema>;
export const journeyRunListResponseSchema = listResponseSchema(journeyRunSchema);
export const journeyRunPageSchema = pageResponseSchema(journeyRunSchema);
