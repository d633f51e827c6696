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
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, conflictResponse, jsonBody, jsonContent } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import type { ServerDeps } from '../serverDeps';
import { diffJourneyVersions } from '../services/journeyDiff';
import { withJourneyTemplate } from '../services/journeyGallery';
import {
  addJourneyComment,
  getVersion,
  listComments,
  listJourneyAudit,
  listVersions,
} from '../services/journeyHistory';
import { changeLifecycle } from '../services/journeyLifecycle';
import { publishJourney } from '../services/journeyPublish';
import {
  createJourney,
  deleteJourney,
  getJourney,
  listJourneys,
  updateJourney,
  validateStoredJourney,
} from '../services/journeyService';
import { reviewJourney, submitJourney } from '../services/journeyWorkflow';
import { loadComplianceContext } from '../services/loadComplianceContext';
import { pageJourneys } from '../services/pageJourneys';
import { resolveJourneyComment } from '../services/resolveJourneyComment';

/** The journey answer: shared's `journeySchema` plus the draft's own review state (see journeyView.ts). */
const journeyResponseSchema = journeySchema.extend({
  draftStatus: z.enum(['draft', 'in_review', 'approved']),
  hasUnpublishedChanges: z.boolean(),
  liveVersionHash: z.string().nullable(),
});

const tags = ['journeys'];
const errors = { ...commonErrorResponses, ...conflictResponse };
const versionParamSchema = idParamSchema.extend({ n: z.coerce.number().int().positive() });

const listRoute = createRoute({
  method: 'get',
  path: '/journeys',
  tags,
  summary: 'Journeys of the workspace, newest change first',
  description: PAGED_DESCRIPTION,
  request: { query: journeyListQuerySchema },
  responses: {
    200: jsonContent(z.union([journeyListResponseSchema, journeyPageSchema]), 'Journeys'),
    ...errors,
  },
});
const createJourneyRoute = createRoute({
  method: 'post',
  path: '/journeys',
  tags,
  summary: 'Create a draft journey',
  request: { body: jsonBody(createJourneyRequestSchema) },
  responses: { 201: jsonContent(journeyResponseSchema, 'Created'), ...errors },
});
const getRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}',
  tags,
  summary: 'One journey with its draft',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyResponseSchema, 'The journey'), ...errors },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/journeys/{id}',
  tags,
  summary: 'Save the draft (optimistic concurrency on `revision`; an edit in review returns it to draft)',
  request: { params: idParamSchema, body: jsonBody(updateJourneyRequestSchema) },
  responses: { 200: jsonContent(journeyResponseSchema, 'Saved'), ...errors },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/journeys/{id}',
  tags,
  summary: 'Delete a never-published journey (owner or admin)',
  request: { params: idParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errors },
});
const validateRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/validate',
  tags,
  summary: 'Validate the draft',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(validateJourneyResponseSchema, '`{ valid, issues }`'), ...errors },
});

const workflowRoute = (
  action: 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'archive',
  summary: string,
) =>
  createRoute({
    method: 'post',
    path: `/journeys/{id}/${action}`,
    tags,
    summary,
    request: { params: idParamSchema, body: jsonBody(workflowActionRequestSchema, false) },
    responses: { 200: jsonContent(journeyResponseSchema, 'The journey after the transition'), ...errors },
  });

const publishRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/publish',
  tags,
  summary: 'Publish the approved draft as version N+1 (owner or admin); `dryRun` reports without publishing',
  request: { params: idParamSchema, body: jsonBody(publishRequestSchema, false) },
  responses: { 200: jsonContent(publishResponseSchema, 'Published (or the dry-run report)'), ...errors },
});
const versionsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions',
  tags,
  summary: 'Published versions, newest first',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyVersionListResponseSchema, 'Versions'), ...errors },
});
const versionRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/versions/{n}',
  tags,
  summary: 'One immutable version',
  request: { params: versionParamSchema },
  responses: { 200: jsonContent(journeyVersionSchema, 'The version'), ...errors },
});
const diffRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/diff',
  tags,
  summary: 'Structural diff between two versions, `live` or `draft` (default live → draft)',
  request: { params: idParamSchema, query: journeyDiffQuerySchema },
  responses: { 200: jsonContent(journeyDiffResponseSchema, 'The diff'), ...errors },
});
const auditRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/audit',
  tags,
  summary: 'Audit trail: who, what, when, content hash before and after',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(auditListResponseSchema, 'Audit entries, oldest first'), ...errors },
});
const commentsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/comments',
  tags,
  summary: 'Review comments, oldest first',
  request: { params: idParamSchema },
  responses: { 200: jsonContent(journeyCommentListResponseSchema, 'Comments'), ...errors },
});
const addCommentRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/comments',
  tags,
  summary: 'Comment on the journey, optionally on one node',
  request: { params: idParamSchema, body: jsonBody(createCommentRequestSchema) },
  responses: { 201: jsonContent(journeyCommentSchema, 'Created'), ...errors },
});
const resolveCommentRoute = createRoute({
  method: 'patch',
  path: '/journeys/{id}/comments/{commentId}',
  tags,
  summary: 'Mark a review comment resolved, or open it again',
  request: {
    params: z.object({ id: z.string().min(1).max(200), commentId: z.string().min(1).max(200) }),
    body: jsonBody(updateCommentRequestSchema),
  },
  responses: { 200: jsonContent(journeyCommentSchema, 'The comment'), ...errors },
});

export const createJourneyRoutes = (deps: ServerDeps) => {
  const signedIn = { middleware: requireUser(deps) };
  const orm = deps.db.orm;
  return createRouter()
    .openapi({ ...listRoute, ...signedIn }, async (c) => {
      const query = c.req.valid('query');
      if (query.cursor !== undefined)
        return c.json(await pageJourneys(orm, c.get('user'), query, query.cursor), 200);
      return c.json({ items: await listJourneys(orm, c.get('user'), query) }, 200);
    })
    .openapi({ ...createJourneyRoute, ...signedIn }, async (c) =>
      c.json(
        await createJourney(
          orm,
          c.get('user'),
          await withJourneyTemplate(orm, c.get('user').workspaceId, c.req.valid('json')),
          deps.now(),
        ),
        201,
      ),
    )
    .openapi({ ...getRoute, ...signedIn }, async (c) =>
      c.json(await getJourney(orm, c.get('user'), c.req.valid('param').id), 200),
    )
    .openapi({ ...updateRoute, ...signedIn }, async (c) =>
      c.json(
        await updateJourney(orm, c.get('user'), c.req.valid('param').id, c.req.valid('json'), deps.now()),
        200,
      ),
    )
    .openapi({ ...deleteRoute, ...signedIn }, async (c) => {
      await deleteJourney(orm, c.get('user'), c.req.valid('param').id, deps.now());
      return c.body(null, 204);
    })
    .openapi({ ...validateRoute, ...signedIn }, async (c) =>
      c.json(
        await validateStoredJourney(
          orm,
          c.get('user'),
          c.req.valid('param').id,
          await loadComplianceContext(deps.db.sql, c.get('user').workspaceId),
        ),
        200,
      ),
    )
    .openapi({ ...workflowRoute('submit', 'Submit the draft for review'), ...signedIn }, async (c) =>
      c.json(
        await submitJourney(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json').comment),
        200,
      ),
    )
    .openapi(
      { ...workflowRoute('approve', "Approve someone else's submission (reviewer or admin)"), ...signedIn },
      async (c) =>
        c.json(
          await reviewJourney(
            deps,
            c.get('user'),
            c.req.valid('param').id,
            'approve',
            c.req.valid('json').comment,
          ),
          200,
        ),
    )
    .openapi(
      {
        ...workflowRoute('reject', 'Send the submission back to draft with a comment (reviewer or admin)'),
        ...signedIn,
      },
      async (c) =>
        c.json(
          await reviewJourney(
            deps,
            c.get('user'),
            c.req.valid('param').id,
            'reject',
            c.req.valid('json').comment,
          ),
          200,
        ),
    )
    .openapi({ ...publishRoute, ...signedIn }, async (c) =>
      c.json(await publishJourney(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi({ ...workflowRoute('pause', 'Pause the live version (admin)'), ...signedIn }, async (c) =>
      c.json(
        await changeLifecycle(
          deps,
          c.get('user'),
          c.req.valid('param').id,
          'pause',
          c.req.valid('json').comment,
        ),
        200,
      ),
    )
    .openapi({ ...workflowRoute('resume', 'Resume a paused journey (admin)'), ...signedIn }, async (c) =>
      c.json(
        await changeLifecycle(
          deps,
          c.get('user'),
          c.req.valid('param').id,
          'resume',
          c.req.valid('json').comment,
        ),
        200,
      ),
    )
    .openapi(
      { ...workflowRoute('archive', 'Archive the journey for good (admin)'), ...signedIn },
      async (c) =>
        c.json(
          await changeLifecycle(
            deps,
            c.get('user'),
            c.req.valid('param').id,
            'archive',
            c.req.valid('json').comment,
          ),
          200,
        ),
    )
    .openapi({ ...versionsRoute, ...signedIn }, async (c) =>
      c.json({ items: await listVersions(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...versionRoute, ...signedIn }, async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json(await getVersion(orm, c.get('user'), id, n), 200);
    })
    .openapi({ ...diffRoute, ...signedIn }, async (c) =>
      c.json(
        await diffJourneyVersions(orm, c.get('user'), c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi({ ...auditRoute, ...signedIn }, async (c) =>
      c.json({ items: await listJourneyAudit(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...commentsRoute, ...signedIn }, async (c) =>
      c.json({ items: await listComments(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...addCommentRoute, ...signedIn }, async (c) =>
      c.json(
        await addJourneyComment(orm, c.get('user'), c.req.valid('param').id, c.req.valid('json'), deps.now()),
        201,
      ),
    )
    .openapi({ ...resolveCommentRoute, ...signedIn }, async (c) => {
      const { id, commentId } = c.req.valid('param');
      return c.json(
        await resolveJourneyComment(orm, c.get('user'), id, commentId, c.req.valid('json'), deps.now()),
        200,
      );
    });
};
