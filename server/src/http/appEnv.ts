import type { Principal, UserPrincipal } from '../auth/principal';

/**
 * Hono context variables set by the auth middlewares. Routes read them with `c.get('principal')`
 * (after `requireIngestionAuth` / `requireApiKeyBasicAuth`) or `c.get('user')` (after `requireUser`).
 */
export type AppEnv = {
  Variables: {
    principal: Principal;
    user: UserPrincipal;
  };
};
