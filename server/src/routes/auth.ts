import { changePasswordRequestSchema } from '@journeyflow/shared/api/account';
import {
  authConfigResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
} from '@journeyflow/shared/api/auth';
import type { Context } from 'hono';
import { requireUser } from '../auth/authMiddleware';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie';
import { WrongCurrentPasswordError } from '../errors/authErrors';
import { InvalidCredentialsError } from '../errors/domainErrors';
import { clientAddress } from '../http/clientAddress';
import { createRouter } from '../http/createRouter';
import { jsonBody, noContent, ok, passwordCheckResponses } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { describeCurrentUser, login, logout, logoutEverywhere } from '../services/authService';
import { changePassword } from '../services/passwordChange';
import { DEMO_LOGINS } from '../services/seedDemoWorkspace';

const route = routeOf('auth');

const loginRoute = route.post('/auth/login', 'Sign in; sets the httpOnly session cookie', {
  body: jsonBody(loginRequestSchema),
  responses: ok(loginResponseSchema, 'Signed in'),
  errors: passwordCheckResponses,
});

const logoutRoute = route.post('/auth/logout', 'End the session', { responses: noContent('Signed out') });

const logoutAllRoute = route.post(
  '/auth/logout-all',
  'Sign out everywhere: end every session of the signed-in user, this one included',
  { responses: noContent('Signed out everywhere') },
);

const changePasswordRoute = route.post(
  '/auth/password',
  'Change your password; your other sessions are signed out',
  {
    body: jsonBody(changePasswordRequestSchema),
    responses: noContent('Password changed'),
    errors: passwordCheckResponses,
  },
);

const meRoute = route.get('/auth/me', 'The signed-in user', {
  responses: ok(meResponseSchema, 'The current user'),
});

const configRoute = route.get('/auth/config', 'What the login page shows (demo logins in demo mode only)', {
  responses: ok(authConfigResponseSchema, 'Login page configuration'),
  commonErrors: false,
});

/**
 * Runs a password check inside the account's and address's attempt budgets. The attempt is counted
 * BEFORE the check starts, so parallel guesses cannot overtake the count; a wrong password keeps it
 * counted, a right one is forgiven, and one that never got checked (e.g. 503 `busy`) is handed back.
 */
const withinAttemptBudget = async <T>(
  deps: ServerDeps,
  c: Context,
  account: string,
  check: () => Promise<T>,
): Promise<T> => {
  const attempt = deps.loginRateLimiter.reserve(account, clientAddress(c, deps.accounts.trustProxy));
  try {
    const result = await check();
    attempt.succeeded();
    return result;
  } catch (error) {
    if (error instanceof InvalidCredentialsError || error instanceof WrongCurrentPasswordError) {
      attempt.failed();
    } else {
      attempt.abandoned();
    }
    throw error;
  }
};

export const createAuthRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const result = await withinAttemptBudget(deps, c, email, () =>
        login(deps.db.orm, email, password, deps.now(), deps.accounts.session),
      );
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json({ user: await describeCurrentUser(deps.db.orm, result.user) }, 200);
    })
    .openapi({ ...logoutRoute, middleware: signedIn }, async (c) => {
      await logout(deps.db.orm, c.get('user'), deps.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi({ ...logoutAllRoute, middleware: signedIn }, async (c) => {
      await logoutEverywhere(deps.db.orm, c.get('user'), deps.now());
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi({ ...changePasswordRoute, middleware: signedIn }, async (c) => {
      const user = c.get('user');
      const body = c.req.valid('json');
      await withinAttemptBudget(deps, c, user.email, () =>
        changePassword(deps.db.orm, user, body, deps.now()),
      );
      return c.body(null, 204);
    })
    .openapi({ ...meRoute, middleware: signedIn }, async (c) =>
      c.json({ user: await describeCurrentUser(deps.db.orm, c.get('user')) }, 200),
    )
    .openapi(configRoute, (c) =>
      c.json(
        {
          demo: deps.demo,
          demoLogins: deps.demo ? DEMO_LOGINS.map(({ name: _n, ...login }) => login) : [],
          publicUrl: deps.engine.options.publicUrl,
        },
        200,
      ),
    );
};
