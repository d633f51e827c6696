import { z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import { customerPageSchema } from '@journeyflow/shared/api/customers';
import { cursorQuerySchema } from '@journeyflow/shared/api/paging';
import {
  createSegmentRequestSchema,
  segmentImportQuerySchema,
  segmentImportRequestSchema,
  segmentImportResponseSchema,
  segmentListResponseSchema,
  segmentPreviewSchema,
  segmentSchema,
  updateSegmentRequestSchema,
  updateSegmentResponseSchema,
} from '@journeyflow/shared/api/segments';
import { conditionSchema } from '@journeyflow/shared/journey/condition';
import { requireUser } from '../auth/authMiddleware';
import type { UserPrincipal } from '../auth/principal';
import { UnsupportedMediaTypeError, ValidationFailedError } from '../errors/domainErrors';
import { createRouter } from '../http/createRouter';
import { conflictResponse, created, jsonBody, jsonContent, noContent, ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';
import { describeZodIssues } from '../http/validationHook';
import type { ServerDeps } from '../serverDeps';
import { pageCustomers } from '../services/audience/customerQueries';
import { type ImportOptions, importSegmentMembers } from '../services/audience/importSegmentMembers';
import { previewCondition, previewMembers } from '../services/audience/previewCondition';
import { applyAudienceChange } from '../services/audience/refreshAudience';
import { refreshSegmentRecorded } from '../services/audience/refreshSegment';
import {
  checkReferences,
  createSegment,
  deleteSegment,
  getSegment,
  listSegments,
  updateSegment,
} from '../services/audience/segmentStore';
import { journeyNow } from '../services/journeyClock';
import { journeysUsingSegment } from '../services/journeysUsingSegment';
import { recordAudit } from '../services/recordAudit';
import { editNeedsReview, requestSegmentChange } from '../services/segmentChangeRequests';

const route = routeOf('segments');

const listRoute = route.get('/segments', 'Segments of the workspace with their member counts', {
  responses: ok(segmentListResponseSchema, 'Segments'),
});

const createSegmentRoute = route.post(
  '/segments',
  'Create a dynamic segment `{ name, condition }` or a static one `{ name, type: "static" }`',
  { body: jsonBody(createSegmentRequestSchema), responses: created(segmentSchema, 'Created') },
);

const previewDraftRoute = route.post(
  '/segments/preview',
  'Live count and sample of an unsaved condition (the segment builder)',
  {
    body: jsonBody(z.object({ condition: conditionSchema })),
    responses: ok(segmentPreviewSchema, 'Preview'),
  },
);

const getRoute = route.get('/segments/{id}', 'One segment', {
  params: idParamSchema,
  responses: ok(segmentSchema, 'Segment'),
});

const putRoute = route.put(
  '/segments/{id}',
  'Rename or change the condition; membership is recomputed at once',
  {
    params: idParamSchema,
    body: jsonBody(updateSegmentRequestSchema),
    responses: {
      200: jsonContent(
        updateSegmentResponseSchema,
        'Updated; `warning` lists journeys whose audience changed',
      ),
      202: jsonContent(
        updateSegmentResponseSchema,
        'Held for review: live journeys use the segment; a reviewer applies it (`pendingChangeId`)',
      ),
    },
  },
);

const deleteRoute = route.delete('/segments/{id}', 'Delete a segment no other segment or live journey uses', {
  params: idParamSchema,
  responses: noContent('Deleted'),
  errors: conflictResponse,
});

const segmentMembersQuerySchema = z.object({
  cursor: cursorQuerySchema,
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

const previewRoute = route.get(
  '/segments/{id}/preview',
  'Live count and a sample of members; with `cursor`, every member a page at a time',
  {
    description: `${PAGED_DESCRIPTION} Pages list the segment's stored members (as \`GET /api/customers?segmentId=\` does).`,
    params: idParamSchema,
    query: segmentMembersQuerySchema,
    responses: ok(z.union([segmentPreviewSchema, customerPageSchema]), 'Preview'),
  },
);

const importRoute = route.post(
  '/segments/{id}/import',
  'Import an audience into a static segment: `text/csv` with an `externalId` column (other columns become attributes) or JSON `{ externalIds }`; up to 16 MiB; all or nothing',
  {
    description:
      'Reports `matched` (existing customers), `unknown` (ids no customer has), `created`, `invalid` and `duplicate` rows; `rejected` lists every skipped row with its line (`row`), `code` and `reason`. `createUnknown` (JSON field, or `?createUnknown=` for CSV; default `true`) decides whether unknown ids become new customers or are skipped and reported. `dryRun` reports without writing (the web previews with it).',
    params: idParamSchema,
    query: segmentImportQuerySchema,
    // Not `required`: the JSON schema is then applied only to JSON bodies, and CSV reaches the handler.
    body: {
      required: false,
      content: {
        'application/json': { schema: segmentImportRequestSchema },
        'text/csv': { schema: z.string() },
      },
    },
    responses: ok(segmentImportResponseSchema, 'Import report'),
  },
);

/** `/api/segments…`: saved audiences, their live preview and audience import (any signed-in role). */
export const createSegmentRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  const audit = (
    user: UserPrincipal,
    action: 'created' | 'updated' | 'deleted' | 'imported',
    segmentId: string,
    before: unknown,
    after: unknown,
    details: Record<string, unknown>,
  ) =>
    recordAudit(deps.db.sql, {
      workspaceId: user.workspaceId,
      actorId: user.userId,
      action,
      entityType: 'segment',
      entityId: segmentId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      details,
      at: deps.now(),
    });
  const logFailure = (error: unknown) =>
    deps.logger.error('segment refresh failed', { error: String(error) });
  return createRouter()
    .openapi({ ...listRoute, middleware: [signedIn] as const }, async (c) =>
      c.json({ items: await listSegments(deps.db.sql, c.get('user').workspaceId) }, 200),
    )
    .openapi({ ...createSegmentRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const now = deps.now();
      const segment = await createSegment(deps.db.sql, user.workspaceId, c.req.valid('json'), {
        now,
        createdBy: user.userId,
      });
      // New segments have no journeys yet, so their first members start nothing.
      // A failed first refresh is recorded on the saved segment (shown with it), never a 500 after saving.
      if (segment.type === 'dynamic')
        await refreshSegmentRecorded(deps.db.sql, user.workspaceId, segment.id, {
          now: journeyNow(deps),
          onError: logFailure,
        });
      const created = await getSegment(deps.db.sql, user.workspaceId, segment.id);
      await audit(user, 'created', segment.id, undefined, created, {});
      return c.json(created, 201);
    })
    .openapi({ ...previewDraftRoute, middleware: [signedIn] as const }, async (c) => {
      const { condition } = c.req.valid('json');
      const preview = await previewCondition(deps.db.sql, {
        workspaceId: c.get('user').workspaceId,
        condition,
        now: journeyNow(deps),
      });
      return c.json(preview, 200);
    })
    .openapi({ ...getRoute, middleware: [signedIn] as const }, async (c) =>
      c.json(await getSegment(deps.db.sql, c.get('user').workspaceId, c.req.valid('param').id), 200),
    )
    .openapi({ ...putRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const workspaceId = user.workspaceId;
      const { id } = c.req.valid('param');
      const now = deps.now();
      const before = await getSegment(deps.db.sql, workspaceId, id);
      const change = c.req.valid('json');
      const using = await journeysUsingSegment(deps.db.sql, workspaceId, id);
      if (await editNeedsReview(deps.db.sql, workspaceId, change, using)) {
        // Live journeys would reach other people: hold the edit until another reviewer approves it.
        if (before.type === 'static') {
          throw new ValidationFailedError('A static segment has no condition; its members come from imports');
        }
        if (change.condition) await checkReferences(deps.db.sql, workspaceId, change.condition, id);
        const pendingChangeId = await requestSegmentChange(deps.db.sql, user, id, change, using, now);
        return c.json(
          { ...before, pendingChangeId, warning: { code: 'segment_in_use' as const, journeys: using } },
          202,
        );
      }
      const segment = await updateSegment(deps.db.sql, workspaceId, id, change, now);
      if (segment.type === 'dynamic') {
        const transitions = await refreshSegmentRecorded(deps.db.sql, workspaceId, id, {
          now: journeyNow(deps),
          onError: logFailure,
        });
        await applyAudienceChange(deps.ingestion, workspaceId, { gradeChanges: [], transitions });
      }
      const after = await getSegment(deps.db.sql, workspaceId, id);
      const journeys = using;
      await audit(
        user,
        'updated',
        id,
        before,
        after,
        journeys.length > 0 ? { affectedJourneys: journeys } : {},
      );
      return c.json(
        {
          ...after,
          ...(journeys.length > 0 ? { warning: { code: 'segment_in_use' as const, journeys } } : {}),
        },
        200,
      );
    })
    .openapi({ ...deleteRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const { id } = c.req.valid('param');
      const before = await getSegment(deps.db.sql, user.workspaceId, id);
      await deleteSegment(deps.db.sql, user.workspaceId, id);
      await audit(user, 'deleted', id, before, undefined, {});
      return c.body(null, 204);
    })
    .openapi({ ...previewRoute, middleware: [signedIn] as const }, async (c) => {
      const workspaceId = c.get('user').workspaceId;
      const segment = await getSegment(deps.db.sql, workspaceId, c.req.valid('param').id);
      const now = journeyNow(deps);
      const { cursor, limit } = c.req.valid('query');
      if (cursor !== undefined) {
        return c.json(
          await pageCustomers(deps.db.sql, workspaceId, { segmentId: segment.id, limit }, cursor, now),
          200,
        );
      }
      const preview =
        segment.type === 'dynamic' && segment.condition
          ? await previewCondition(deps.db.sql, { workspaceId, condition: segment.condition, now })
          : await previewMembers(deps.db.sql, workspaceId, segment.id, now);
      return c.json(preview, 200);
    })
    .openapi({ ...importRoute, middleware: [signedIn] as const }, async (c) => {
      const workspaceId = c.get('user').workspaceId;
      const { id } = c.req.valid('param');
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      let source: Parameters<typeof importSegmentMembers>[3];
      const flags = c.req.valid('query');
      let options: ImportOptions = {
        ...(flags.createUnknown ? { createUnknown: flags.createUnknown === 'true' } : {}),
        ...(flags.dryRun ? { dryRun: flags.dryRun === 'true' } : {}),
      };
      if (type === 'text/csv' || type === 'text/plain') {
        source = { kind: 'csv', text: await c.req.text() };
      } else if (type === 'application/json') {
        const parsed = segmentImportRequestSchema.safeParse(await c.req.json());
        if (!parsed.success) {
          throw new ValidationFailedError(
            'Send { externalIds: [...] }',
            describeZodIssues(parsed.error, 'body'),
          );
        }
        source = { kind: 'json', externalIds: parsed.data.externalIds };
        const { createUnknown, dryRun } = parsed.data;
        options = {
          ...options,
          ...(createUnknown === undefined ? {} : { createUnknown }),
          ...(dryRun === undefined ? {} : { dryRun }),
        };
      } else {
        throw new UnsupportedMediaTypeError();
      }
      const { enteredCustomerIds, ...report } = await importSegmentMembers(
        deps.db.sql,
        workspaceId,
        id,
        source,
        deps.now(),
        options,
      );
      if (report.dryRun) return c.json(report, 200);
      if (enteredCustomerIds.length > 0) {
        await deps.ingestion.enterSegment(workspaceId, id, enteredCustomerIds);
      }
      await audit(c.get('user'), 'imported', id, undefined, undefined, {
        imported: report.imported,
        rejected: report.rejected.length,
        matched: report.matched,
        created: report.created,
        unknown: report.unknown,
      });
      return c.json(report, 200);
    });
};
