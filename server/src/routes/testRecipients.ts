import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  createTestRecipientRequestSchema,
  createTestRecipientResponseSchema,
  testRecipientListResponseSchema,
  testRecipientSchema,
  verificationSentSchema,
  verifyTestRecipientRequestSchema,
} from '@journeyflow/shared/api/testSends';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import {
  created,
  goneResponse,
  jsonBody,
  noContent,
  ok,
  rateLimitedResponse,
} from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import {
  createTestRecipient,
  deleteTestRecipient,
  listTestRecipients,
  resendVerificationCode,
  verifyTestRecipient,
} from '../services/testSend/testRecipientService';

const route = routeOf('test-sends');

const listRoute = route.get(
  '/test-recipients',
  "Saved test phones, emails and push devices: the workspace's shared ones and your own",
  { responses: ok(testRecipientListResponseSchema, 'Test recipients') },
);

const createRecipientRoute = route.post(
  '/test-recipients',
  'Save a test recipient (`scope` user or workspace). A phone gets a one-time code by SMS (sandbox: the code is in the answer)',
  {
    body: jsonBody(createTestRecipientRequestSchema),
    responses: created(createTestRecipientResponseSchema, 'Saved'),
  },
);

const deleteRoute = route.delete(
  '/test-recipients/{id}',
  'Remove a test recipient (shared ones: their creator or an admin)',
  { params: idParamSchema, responses: noContent('Removed') },
);

const verifyRoute = route.post(
  '/test-recipients/{id}/verify',
  'Check a phone’s one-time code (5 tries, 10 minutes)',
  {
    params: idParamSchema,
    body: jsonBody(verifyTestRecipientRequestSchema),
    responses: ok(testRecipientSchema, 'Verified'),
    errors: { ...goneResponse, ...rateLimitedResponse },
  },
);

const resendRoute = route.post(
  '/test-recipients/{id}/code',
  'Send a new one-time code to an unverified phone',
  { params: idParamSchema, responses: created(verificationSentSchema, 'Sent') },
);

export const createTestRecipientRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  const { registry } = deps.channels;
  return createRouter()
    .openapi({ ...listRoute, middleware: signedIn }, async (c) =>
      c.json({ items: await listTestRecipients(deps.db.orm, c.get('user')) }, 200),
    )
    .openapi({ ...createRecipientRoute, middleware: signedIn }, async (c) =>
      c.json(
        await createTestRecipient(deps.db, registry, c.get('user'), c.req.valid('json'), deps.now()),
        201,
      ),
    )
    .openapi({ ...deleteRoute, middleware: signedIn }, async (c) => {
      await deleteTestRecipient(deps.db.orm, c.get('user'), c.req.valid('param').id, deps.now());
      return c.body(null, 204);
    })
    .openapi({ ...verifyRoute, middleware: signedIn }, async (c) =>
      c.json(
        await verifyTestRecipient(
          deps.db.orm,
          c.get('user'),
          c.req.valid('param').id,
          c.req.valid('json').code,
          deps.now(),
        ),
        200,
      ),
    )
    .openapi({ ...resendRoute, middleware: signedIn }, async (c) =>
      c.json(
        await resendVerificationCode(deps.db, registry, c.get('user'), c.req.valid('param').id, deps.now()),
        201,
      ),
    );
};
