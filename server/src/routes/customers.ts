import { z } from '@hono/zod-openapi';
import {
  batchResultSchema,
  customerBatchRequestSchema,
  customerUpsertRequestSchema,
  customerUpsertResponseSchema,
} from '@journeyflow/shared/api/customers';
import { requireIngestionAuth } from '../auth/authMiddleware';
import { NotFoundError } from '../errors/domainErrors';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { loadCustomer, upsertCustomerBatch, upsertOneCustomer } from '../services/ingestionService';
import { journeyNow } from '../services/journeyClock';

const route = routeOf('customers');

const upsertRoute = route.post(
  '/customers',
  'Create or update a customer by externalId (attributes and consent are merged)',
  { body: jsonBody(customerUpsertRequestSchema), responses: ok(customerUpsertResponseSchema, 'Stored') },
);

const batchRoute = route.post(
  '/customers/batch',
  'Upsert up to 10,000 customers (16 MiB); one invalid item rejects the batch (422), nothing is stored',
  { body: jsonBody(customerBatchRequestSchema), responses: ok(batchResultSchema, 'Stored') },
);

/** Ingestion of profiles: API key or session. The trace route lives in `routes/trace.ts`. */
export const createCustomerRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.on('POST', ['/customers', '/customers/batch'], requireIngestionAuth(deps));
  return router
    .openapi(upsertRoute, async (c) => {
      const workspaceId = c.get('principal').workspaceId;
      const request = c.req.valid('json');
      const { created } = await upsertOneCustomer(deps.ingestion, workspaceId, request);
      const customer = await loadCustomer(deps.db.sql, workspaceId, request.externalId, journeyNow(deps));
      if (!customer) throw new NotFoundError('Customer');
      return c.json({ customer, created }, 200);
    })
    .openapi(batchRoute, async (c) =>
      c.json(
        await upsertCustomerBatch(
          deps.ingestion,
          c.get('principal').workspaceId,
          c.req.valid('json').customers,
        ),
        200,
      ),
    );
};

export const externalIdParamSchema = z.object({ externalId: z.string().min(1) });
