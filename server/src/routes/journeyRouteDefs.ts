import { createRoute, z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  auditListResponseSchema,
  createCommentRequestSchema,
  createJourneyRequestSchema,
  journeyCommentListResponseSchema,
  journeyCommentSchema,
  journeyDiffQuerySchema,
  journeyDiffResponseSchema,
  journeyListQuerySchema,
  journeyListResponseSchema,
  journeyPageSchema,
  journeySchema,
  journeyVersionListResponseSchema,
  journeyVersionSchema,
  publishRequestSchema,
  publishResponseSchema,
  updateCommentRequestSchema,
  updateJourneyRequestSchema,
  validateJourneyResponseSchema,
  workflowActionRequestSchema,
} from '@journeyflow/shared/api/journeys';
import { commonErrorResponses, conflictResponse, jsonBody, jsonContent } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';

/* The OpenAPI definitions of the journey routes; journeys.ts binds them to the services. */

/** The journey answer: shared's `journeySchema` plus the draft's own review state (see journeyView.ts). */
const journeyResponseSchema = journeySchema.extend({
  draftStatus: z.enum(['draft', 'in_review', 'approved']),
  hasUnpublishedChanges: z.boolean(),
  liveVersionHash: z.string().nullable(),
});

const route = routeOf('journeys');
const errors = { ...commonErrorResponses, ...conflictResponse };
const versionParamSchema = idParamSchema.extend({ n: z.coerce.number().int().positive() });

export const listRoute = createRoute({
  ...route('get', '/journeys', 'Journeys of the workspace, newest change first'),
  description: PAGED_DESCRIPTION,
  request: { query: journeyListQuerySchema },
  responses: {
    200: jsonContent(z.union([journeyListResponseSchema, journeyPageSchema]), 'Journeys'),
    ...errors,
  },
});
export const createJourneyRoute = createRoute({
  ...route('post', '/journeys', 'Create a draft journey'),
  request: { body: jsonBody(createJourneyRequestSchema) },
  responses: { 201: jsonContent(journeyResponseSchema, 'Created'), ...errors },
});
export const getRoute = createRoute({
  ...route('get', '/journeys/{id}', 'One journey with its draft'),
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyResponseSchema, 'The journey'), ...errors },
});
export const updateRoute = createRoute({
  ...route(
    'put',
    '/journeys/{id}',
    'Save the draft (optimistic concurrency on `revision`; an edit in review returns it to draft)',
  ),
  request: { params: idParamSchema, body: jsonBody(updateJourneyRequestSchema) },
  responses: { 200: jsonContent(journeyResponseSchema, 'Saved'), ...errors },
});
export const deleteRoute = createRoute({
  ...route('delete', '/journeys/{id}', 'Delete a never-published journey (owner or admin)'),
  request: { params: idParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errors },
});
export const validateRoute = createRoute({
  ...route('post', '/journeys/{id}/validate', 'Validate the draft'),
  request: { params: idParamSchema },
  responses: { 200: jsonContent(validateJourneyResponseSchema, '`{ valid, issues }`'), ...errors },
});

export const workflowRoute = (
  action: 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'archive',
  summary: string,
) =>
  createRoute({
    ...route('post', `/journeys/{id}/${action}`, summary),
    request: { params: idParamSchema, body: jsonBody(workflowActionRequestSchema, false) },
    responses: { 200: jsonContent(journeyResponseSchema, 'The journey after the transition'), ...errors },
  });

export const publishRoute = createRoute({
  ...route(
    'post',
    '/journeys/{id}/publish',
    'Publish the approved draft as version N+1 (owner or admin); `dryRun` reports without publishing',
  ),
  request: { params: idParamSchema, body: jsonBody(publishRequestSchema, false) },
  responses: { 200: jsonContent(publishResponseSchema, 'Published (or the dry-run report)'), ...errors },
});
export const versionsRoute = createRoute({
  ...route('get', '/journeys/{id}/versions', 'Published versions, newest first'),
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyVersionListResponseSchema, 'Versions'), ...errors },
});
export const versionRoute = createRoute({
  ...route('get', '/journeys/{id}/versions/{n}', 'One immutable version'),
  request: { params: versionParamSchema },
  responses: { 200: jsonContent(journeyVersionSchema, 'The version'), ...errors },
});
export const diffRoute = createRoute({
  ...route(
    'get',
    '/journeys/{id}/diff',
    'Structural diff between two versions, `live` or `draft` (default live → draft)',
  ),
  request: { params: idParamSchema, query: journeyDiffQuerySchema },
  responses: { 200: jsonContent(journeyDiffResponseSchema, 'The diff'), ...errors },
});
export const auditRoute = createRoute({
  ...route('get', '/journeys/{id}/audit', 'Audit trail: who, what, when, content hash before and after'),
  request: { params: idParamSchema },
  responses: { 200: jsonContent(auditListResponseSchema, 'Audit entries, oldest first'), ...errors },
});
export const commentsRoute = createRoute({
  ...route('get', '/journeys/{id}/comments', 'Review comments, oldest first'),
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyCommentListResponseSchema, 'Comments'), ...errors },
});
export const addCommentRoute = createRoute({
  ...route('post', '/journeys/{id}/comments', 'Comment on the journey, optionally on one node'),
  request: { params: idParamSchema, body: jsonBody(createCommentRequestSchema) },
  responses: { 201: jsonContent(journeyCommentSchema, 'Created'), ...errors },
});
export const resolveCommentRoute = createRoute({
  ...route(
    'patch',
    '/journeys/{id}/comments/{commentId}',
    'Mark a review comment resolved, or open it again',
  ),
  request: {
    params: z.object({ id: z.string().min(1).max(200), commentId: z.string().min(1).max(200) }),
    body: jsonBody(updateCommentRequestSchema),
  },
  responses: { 200: jsonContent(journeyCommentSchema, 'The comment'), ...errors },
});
