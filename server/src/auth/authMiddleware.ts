import type { ApiKeyScope } from '@journeyflow/shared/api/apiKeys';
import type { Role } from '@journeyflow/shared/api/auth';
import type { MiddlewareHandler } from 'hono';
import { InsufficientScopeError, UnauthorizedError } from '../errors/domainErrors';
import type { AppEnv } from '../http/appEnv';
import type { ServerDeps } from '../serverDeps';
import { resolveApiKey } from '../services/apiKeyService';
import { resolveSession } from '../services/authService';
import { assertRole } from '../services/permissions';
import type { ApiKeyPrincipal, Principal, UserPrincipal } from './principal';
import { readSessionCookie } from './sessionCookie';

type Deps = Pick<ServerDeps, 'db' | 'now'>;

const bearerToken = (header: string | undefined): string | undefined => {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
};

/** Segment's HTTP API sends the write key as the Basic-auth username with an empty password. */
const basicUsername = (header: string | undefined): string | undefined => {
  const match = header?.match(/^Basic\s+(\S+)\s*$/i);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return (colon === -1 ? decoded : decoded.slice(0, colon)) || undefined;
};

/** 403 `insufficient_scope` unless the key carries `scope`. */
export const assertScope = (principal: ApiKeyPrincipal, scope: ApiKeyScope): void => {
  if (!principal.scopes.includes(scope)) throw new InsufficientScopeError(scope);
};

const sessionUser = async (deps: Deps, token: string | undefined): Promise<UserPrincipal | undefined> =>
  token ? resolveSession(deps.db.orm, token, deps.now()) : undefined;

/**
 * Browser routes: a valid session cookie, else 401. Sets `c.get('user')` and `c.get('principal')`.
 * With `minimumRole`, admin-only resources refuse other roles (403) before the body is even validated;
 * services check roles again, so the rule holds for any caller.
 */
export const requireUser =
  (deps: Deps, minimumRole?: Role): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const user = await sessionUser(deps, readSessionCookie(c));
    if (!user) throw new UnauthorizedError();
    if (minimumRole) assertRole(user, minimumRole);
    c.set('user', user);
    c.set('principal', user);
    await next();
  };

/**
 * Routes a site's backend or browser may call (`/api/customers`, `/api/events`, …): `Authorization: Bearer
 * <workspace API key>` carrying `scope` (403 `insufficient_scope` otherwise), or a session cookie. Sets
 * `c.get('principal')`; when a user is signed in also `c.get('user')`.
 */
export const requireIngestionAuth =
  (deps: Deps, scope: ApiKeyScope = 'ingest'): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const authorization = c.req.header('authorization');
    let principal: Principal | undefined;
    if (authorization) {
      const key = bearerToken(authorization);
      const apiKey = key ? await resolveApiKey(deps.db.orm, key, deps.now()) : undefined;
      if (!apiKey) throw new UnauthorizedError('Invalid API key');
      assertScope(apiKey, scope);
      principal = apiKey;
    } else {
      principal = await sessionUser(deps, readSessionCookie(c));
      if (!principal) throw new UnauthorizedError('Send a workspace API key as Authorization: Bearer <key>');
      c.set('user', principal);
    }
    c.set('principal', principal);
    await next();
  };

/** `/api/v1/*` (Segment-compatible): the API key as Basic-auth username, or as a Bearer token. */
export const requireApiKeyBasicAuth =
  (deps: Deps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const authorization = c.req.header('authorization');
    const key = basicUsername(authorization) ?? bearerToken(authorization);
    const principal: ApiKeyPrincipal | undefined = key
      ? await resolveApiKey(deps.db.orm, key, deps.now())
      : undefined;
    if (!principal) {
      c.header('WWW-Authenticate', 'Basic realm="journeyflow"');
      throw new UnauthorizedError('Send the workspace API key as the Basic-auth username');
    }
    assertScope(principal, 'ingest');
    c.set('principal', principal);
    await next();
  };

/**
 * Server-to-server routes that a session must not reach (e.g. `/api/delivery-status`): only
 * `Authorization: Bearer <workspace API key>` with `scope`.
 */
export const requireApiKey =
  (deps: Deps, scope: ApiKeyScope): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = bearerToken(c.req.header('authorization'));
    const principal = key ? await resolveApiKey(deps.db.orm, key, deps.now()) : undefined;
    if (!principal) throw new UnauthorizedError(`Send a workspace API key with the "${scope}" scope`);
    assertScope(principal, scope);
    c.set('principal', principal);
    await next();
  };
