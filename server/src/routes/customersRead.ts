import { z } from '@hono/zod-openapi';
import {
  customerListQuerySchema,
  customerListResponseSchema,
  customerPageSchema,
} from '@journeyflow/shared/api/customers';
import { customerDetailSchema, customerEraseResultSchema } from '@journeyflow/shared/audience/customerDetail';
import { sha256Hex } from '@journeyflow/shared/util/sha256';
import { requireIngestionAuth, requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { getCustomerDetail, listCustomers, pageCustomers } from '../services/audience/customerQueries';
import { eraseCustomer } from '../services/audience/eraseCustomer';
import { journeyNow } from '../services/journeyClock';
import { assertRole } from '../services/permissions';
import { auditActorOf, recordAudit } from '../services/recordAudit';

const route = routeOf('customers');

const externalIdParamSchema = z.object({ externalId: z.string().min(1).max(255) });

const listRoute = route.get(
  '/customers',
  'Search customers by external id, name, email or phone; filter by segment or grade',
  {
    description: PAGED_DESCRIPTION,
    query: customerListQuerySchema,
    responses: ok(z.union([customerListResponseSchema, customerPageSchema]), 'Customers'),
  },
);

const getRoute = route.get(
  '/customers/{externalId}',
  'Profile, grade and history, consent with expiry, recent events, journeys, segments and messages',
  { params: externalIdParamSchema, responses: ok(customerDetailSchema, 'Customer') },
);

const deleteRoute = route.delete(
  '/customers/{externalId}',
  'Privacy erase: removes the profile, events, memberships and grade history, ends the runs and scrubs messages (API key with `customers:erase`, or admin)',
  { params: externalIdParamSchema, responses: ok(customerEraseResultSchema, 'Erased') },
);

/** Reading customers (browser) and erasing one (a workspace API key, or an admin in the browser). */
export const createCustomerReadRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  const keyOrSession = requireIngestionAuth(deps, 'customers:erase');
  return createRouter()
    .openapi({ ...listRoute, middleware: [signedIn] as const }, async (c) => {
      const query = c.req.valid('query');
      const workspaceId = c.get('user').workspaceId;
      if (query.cursor !== undefined) {
        return c.json(
          await pageCustomers(deps.db.sql, workspaceId, query, query.cursor, journeyNow(deps)),
          200,
        );
      }
      return c.json({ items: await listCustomers(deps.db.sql, workspaceId, query, journeyNow(deps)) }, 200);
    })
    .openapi({ ...getRoute, middleware: [signedIn] as const }, async (c) =>
      c.json(
        await getCustomerDetail(
          deps.db.sql,
          c.get('user').workspaceId,
          c.req.valid('param').externalId,
          journeyNow(deps),
        ),
        200,
      ),
    )
    .openapi({ ...deleteRoute, middleware: [keyOrSession] as const }, async (c) => {
      const principal = c.get('principal');
      if (principal.kind === 'user') assertRole(principal, 'admin', 'erase a customer');
      const result = await eraseCustomer(
        deps.db.sql,
        principal.workspaceId,
        c.req.valid('param').externalId,
        deps.now(),
      );
      // The erased person is not named in the trail (their id is personal data too): a salted hash proves it.
      await recordAudit(deps.db.sql, {
        workspaceId: principal.workspaceId,
        actorId: auditActorOf(principal),
        action: 'erased',
        entityType: 'customer',
        entityId: `sha256:${sha256Hex(`${principal.workspaceId}:${c.req.valid('param').externalId}`).slice(0, 16)}`,
        after: result,
        at: deps.now(),
      });
      return c.json(result, 200);
    });
};
