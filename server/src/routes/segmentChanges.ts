import { z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  reviewSettingsSchema,
  segmentChangeRequestListSchema,
  segmentSchema,
} from '@journeyflow/shared/api/segments';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { applyAudienceChange } from '../services/audience/refreshAudience';
import { refreshSegment } from '../services/audience/refreshSegment';
import { getSegment, updateSegment } from '../services/audience/segmentStore';
import {
  decideSegmentChange,
  listSegmentChangeRequests,
  segmentEditsNeedApproval,
  setSegmentEditsNeedApproval,
} from '../services/segmentChangeRequests';

const route = routeOf('segments');

const listRoute = route.get(
  '/segment-change-requests',
  'Segment edits waiting for a reviewer (live journeys use those segments)',
  { responses: ok(segmentChangeRequestListSchema, 'Pending requests') },
);

const decideRoute = (decision: 'approve' | 'reject') =>
  route.post(
    `/segment-change-requests/{id}/${decision}`,
    decision === 'approve'
      ? 'Apply a held segment edit (a reviewer other than the requester)'
      : 'Drop a held segment edit (a reviewer other than the requester)',
    {
      params: idParamSchema,
      responses: ok(decision === 'approve' ? segmentSchema : z.object({ rejected: z.literal(true) }), 'Done'),
    },
  );

const getSettingsRoute = route.get('/review-settings', "The workspace's review settings", {
  responses: ok(reviewSettingsSchema, 'Settings'),
});

const putSettingsRoute = route.put('/review-settings', 'Change the review settings (admin)', {
  body: jsonBody(reviewSettingsSchema),
  responses: ok(reviewSettingsSchema, 'Saved'),
});

/** Segment edits held for review, and the workspace setting that holds them (default on). */
export const createSegmentChangeRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi({ ...listRoute, middleware: [signedIn] as const }, async (c) =>
      c.json({ items: await listSegmentChangeRequests(deps.db.sql, c.get('user').workspaceId) }, 200),
    )
    .openapi({ ...decideRoute('approve'), middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      const now = deps.now();
      const request = await decideSegmentChange(
        deps.db.sql,
        user,
        c.req.valid('param').id,
        'approve',
        now,
        (tx, held) => updateSegment(tx, user.workspaceId, held.segmentId, held.change, now),
      );
      const segment = await getSegment(deps.db.sql, user.workspaceId, request.segmentId);
      if (segment.type === 'dynamic') {
        const transitions = await refreshSegment(deps.db.sql, user.workspaceId, segment.id, { now });
        await applyAudienceChange(deps.ingestion, user.workspaceId, {
          gradeChanges: [],
          transitions,
        });
      }
      return c.json(await getSegment(deps.db.sql, user.workspaceId, segment.id), 200);
    })
    .openapi({ ...decideRoute('reject'), middleware: [signedIn] as const }, async (c) => {
      await decideSegmentChange(deps.db.sql, c.get('user'), c.req.valid('param').id, 'reject', deps.now());
      return c.json({ rejected: true as const }, 200);
    })
    .openapi({ ...getSettingsRoute, middleware: [signedIn] as const }, async (c) =>
      c.json(
        { segmentEditsNeedApproval: await segmentEditsNeedApproval(deps.db.sql, c.get('user').workspaceId) },
        200,
      ),
    )
    .openapi({ ...putSettingsRoute, middleware: [signedIn] as const }, async (c) => {
      const { segmentEditsNeedApproval: on } = c.req.valid('json');
      await setSegmentEditsNeedApproval(deps.db.sql, c.get('user'), on, deps.now());
      return c.json({ segmentEditsNeedApproval: on }, 200);
    });
};
