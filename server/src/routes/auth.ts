import { createRoute } from '@hono/zod-openapi';
import {
  authConfigResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
} from '@journeyflow/shared/api/auth';
import { requireUser } from '../auth/authMiddleware';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie';
import { clientAddress } from '../http/clientAddress';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent, rateLimitedResponse } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { describeCurrentUser, login, logout } from '../services/authService';
import { DEMO_LOGINS } from '../services/seedDemoWorkspace';

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Sign in; sets the httpOnly session cookie',
  request: { body: jsonBody(loginRequestSchema) },
  responses: {
    200: jsonContent(loginResponseSchema, 'Signed in'),
    ...commonErrorResponses,
    ...rateLimitedResponse,
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Signed out' }, ...commonErrorResponses },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['auth'],
  summary: 'The signed-in user',
  responses: { 200: jsonContent(meResponseSchema, 'The current user'), ...commonErrorResponses },
});

const configRoute = createRoute({
  method: 'get',
  path: '/auth/config',
  tags: ['auth'],
  summary: 'What the login page shows (demo logins in demo mode only)',
  responses: { 200: jsonContent(authConfigResponseSchema, 'Login page configuration') },
});

export const createAuthRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const limiterKey = `${email.trim().toLowerCase()}|${clientAddress(c)}`;
      deps.loginRateLimiter.check(limiterKey);
      let result: Awaited<ReturnType<typeof login>>;
      try {
        result = await login(deps.db.orm, email, password, deps.now());
      } catch (error) {
        deps.loginRateLimiter.recordFailure(limiterKey);
        throw error;
      }
      deps.loginRateLimiter.reset(limiterKey);
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ user: await describeCurrentUser(deps.db.orm, result.user) }, 200);
    })
    .openapi({ ...logoutRoute, middleware: signedIn }, async (c) => {
      await logout(deps.db.orm, c.get('user'), deps.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi({ ...meRoute, middleware: signedIn }, async (c) =>
      c.json({ user: await describeCurrentUser(deps.db.orm, c.get('user')) }, 200),
    )
    .openapi(configRoute, (c) =>
      c.json(
        { demo: deps.demo, demoLogins: deps.demo ? DEMO_LOGINS.map(({ name: _n, ...login }) => login) : [] },
        200,
      ),
    );
};
