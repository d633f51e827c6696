import { effectiveRetentionSchema, retentionSettingsSchema } from '@journeyflow/shared/api/retention';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { readRetention, updateRetention } from '../services/retention/retentionSettings';

const route = routeOf('workspaces');

const description =
  'How long detail is kept: trace lines (days), messages and events (months). Older rows are folded ' +
  'into daily roll-ups and deleted by the hourly retention job; journey stats keep their numbers.';

const getRoute = route.get(
  '/workspace/retention',
  'Data retention of this workspace (defaults: trace 180 days, messages 13 months, events 25 months)',
  { description, responses: ok(effectiveRetentionSchema, 'Retention') },
);

const putRoute = route.put(
  '/workspace/retention',
  'Change data retention (admin); fields left out keep their value',
  {
    description,
    body: jsonBody(retentionSettingsSchema.strict()),
    responses: ok(effectiveRetentionSchema, 'Retention'),
  },
);

export const createRetentionRoutes = (deps: ServerDeps) =>
  createRouter()
    .openapi({ ...getRoute, middleware: requireUser(deps) }, async (c) =>
      c.json(await readRetention(deps.db.sql, c.get('user').workspaceId), 200),
    )
    .openapi({ ...putRoute, middleware: requireUser(deps, 'admin') }, async (c) =>
      c.json(await updateRetention(deps.db.sql, c.get('user'), c.req.valid('json'), deps.now()), 200),
    );
