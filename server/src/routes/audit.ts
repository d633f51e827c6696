import { z } from '@hono/zod-openapi';
import {
  workspaceAuditExportQuerySchema,
  workspaceAuditListResponseSchema,
  workspaceAuditQuerySchema,
} from '@journeyflow/shared/api/audit';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { auditCsvStream } from '../services/auditCsv';
import { listWorkspaceAudit } from '../services/workspaceAudit';

const route = routeOf('audit');

const listRoute = route.get(
  '/audit',
  "The workspace's audit trail, newest first, filtered and paged with a cursor (admin)",
  { query: workspaceAuditQuerySchema, responses: ok(workspaceAuditListResponseSchema, 'Entries') },
);

const exportRoute = route.get(
  '/audit/export',
  'The filtered audit trail as CSV (UTF-8 with BOM), streamed (admin)',
  {
    query: workspaceAuditExportQuerySchema,
    responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' } },
  },
);

/** SPEC §7a: `GET /api/audit` and `GET /api/audit/export`, admins only. */
export const createAuditRoutes = (deps: ServerDeps) => {
  const admin = requireUser(deps, 'admin');
  return createRouter()
    .openapi({ ...listRoute, middleware: [admin] as const }, async (c) =>
      c.json(await listWorkspaceAudit(deps.db.sql, c.get('user').workspaceId, c.req.valid('query')), 200),
    )
    .openapi({ ...exportRoute, middleware: [admin] as const }, (c) => {
      const stream = auditCsvStream(deps.db.sql, c.get('user').workspaceId, c.req.valid('query'));
      return c.body(stream, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="audit.csv"',
        'cache-control': 'no-store',
      });
    });
};
