import { z } from '@hono/zod-openapi';
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
import { conflictResponse, created, jsonBody, noContent, ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';

/* The OpenAPI definitions of the journey routes; journeys.ts binds them to the services. */

/** The journey answer: shared's `journeySchema` plus the draft's own review state (see journeyView.ts). */
const journeyResponseSchema = journeySchema.extend({
  draftStatus: z.enum(['draft', 'in_review', 'approved']),
  hasUnpublishedChanges: z.boolean(),
  liveVersionHash: z.string().nullable(),
});

/** Every journey route can also answer 409 (stale revision, invalid transition). */
const route = routeOf('journeys', conflictResponse);
const versionParamSchema = idParamSchema.extend({ n: z.coerce.number().int().positive() });

export const listRoute = route.get('/journeys', 'Journeys of the workspace, newest change first', {
  description: PAGED_DESCRIPTION,
  query: journeyListQuerySchema,
  responses: ok(z.union([journeyListResponseSchema, journeyPageSchema]), 'Journeys'),
});
export const createJourneyRoute = route.post('/journeys', 'Create a draft journey', {
  body: jsonBody(createJourneyRequestSchema),
  responses: created(journeyResponseSchema, 'Created'),
});
export const getRoute = route.get('/journeys/{id}', 'One journey with its draft', {
  params: idParamSchema,
  responses: ok(journeyResponseSchema, 'The journey'),
});
export const updateRoute = route.put(
  '/journeys/{id}',
  'Save the draft (optimistic concurrency on `revision`; an edit in review returns it to draft)',
  {
    params: idParamSchema,
    body: jsonBody(updateJourneyRequestSchema),
    responses: ok(journeyResponseSchema, 'Saved'),
  },
);
export const deleteRoute = route.delete(
  '/journeys/{id}',
  'Delete a never-published journey (owner or admin)',
  { params: idParamSchema, responses: noContent('Deleted') },
);
export const validateRoute = route.post('/journeys/{id}/validate', 'Validate the draft', {
  params: idParamSchema,
  responses: ok(validateJourneyResponseSchema, '`{ valid, issues }`'),
});

export const workflowRoute = (
  action: 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'archive',
  summary: string,
) =>
  route.post(`/journeys/{id}/${action}`, summary, {
    params: idParamSchema,
    body: jsonBody(workflowActionRequestSchema, false),
    responses: ok(journeyResponseSchema, 'The journey after the transition'),
  });

export const publishRoute = route.post(
  '/journeys/{id}/publish',
  'Publish the approved draft as version N+1 (owner or admin); `dryRun` reports without publishing',
  {
    params: idParamSchema,
    body: jsonBody(publishRequestSchema, false),
    responses: ok(publishResponseSchema, 'Published (or the dry-run report)'),
  },
);
export const versionsRoute = route.get('/journeys/{id}/versions', 'Published versions, newest first', {
  params: idParamSchema,
  responses: ok(journeyVersionListResponseSchema, 'Versions'),
});
export const versionRoute = route.get('/journeys/{id}/versions/{n}', 'One immutable version', {
  params: versionParamSchema,
  responses: ok(journeyVersionSchema, 'The version'),
});
export const diffRoute = route.get(
  '/journeys/{id}/diff',
  'Structural diff between two versions, `live` or `draft` (default live → draft)',
  {
    params: idParamSchema,
    query: journeyDiffQuerySchema,
    responses: ok(journeyDiffResponseSchema, 'The diff'),
  },
);
export const auditRoute = route.get(
  '/journeys/{id}/audit',
  'Audit trail: who, what, when, content hash before and after',
  { params: idParamSchema, responses: ok(auditListResponseSchema, 'Audit entries, oldest first') },
);
export const commentsRoute = route.get('/journeys/{id}/comments', 'Review comments, oldest first', {
  params: idParamSchema,
  responses: ok(journeyCommentListResponseSchema, 'Comments'),
});
export const addCommentRoute = route.post(
  '/journeys/{id}/comments',
  'Comment on the journey, optionally on one node',
  {
    params: idParamSchema,
    body: jsonBody(createCommentRequestSchema),
    responses: created(journeyCommentSchema, 'Created'),
  },
);
export const resolveCommentRoute = route.patch(
  '/journeys/{id}/comments/{commentId}',
  'Mark a review comment resolved, or open it again',
  {
    params: z.object({ id: z.string().min(1).max(200), commentId: z.string().min(1).max(200) }),
    body: jsonBody(updateCommentRequestSchema),
    responses: ok(journeyCommentSchema, 'The comment'),
  },
);
