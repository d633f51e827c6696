import { idParamSchema } from '@journeyflow/shared/api/common';
import {
  createUserRequestSchema,
  updateUserRequestSchema,
  userListResponseSchema,
  userSchema,
} from '@journeyflow/shared/api/users';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { conflictResponse, created, jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { createUser, listUsers, updateUser } from '../services/userService';

const route = routeOf('users');

const listRoute = route.get('/users', "The workspace's users (admin)", {
  responses: ok(userListResponseSchema, 'Users'),
});

const createUserRoute = route.post('/users', 'Add a user to your workspace (admin)', {
  body: jsonBody(createUserRequestSchema),
  responses: created(userSchema, 'Created'),
  errors: conflictResponse,
});

const updateRoute = route.patch(
  '/users/{id}',
  'Change role or name, or deactivate (ends their sessions) (admin)',
  {
    params: idParamSchema,
    body: jsonBody(updateUserRequestSchema),
    responses: ok(userSchema, 'Updated'),
    errors: conflictResponse,
  },
);

export const createUserRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps, 'admin');
  return createRouter()
    .openapi({ ...listRoute, middleware: signedIn }, async (c) =>
      c.json({ items: await listUsers(deps.db.orm, c.get('user')) }, 200),
    )
    .openapi({ ...createUserRoute, middleware: signedIn }, async (c) =>
      c.json(await createUser(deps.db.orm, c.get('user'), c.req.valid('json'), deps.now()), 201),
    )
    .openapi({ ...updateRoute, middleware: signedIn }, async (c) =>
      c.json(
        await updateUser(
          deps.db.orm,
          c.get('user'),
          c.req.valid('param').id,
          c.req.valid('json'),
          deps.now(),
        ),
        200,
      ),
    );
};
