import { API_KEY_SCOPES, type ApiKeyScope, DEFAULT_API_KEY_SCOPES } from '@journeyflow/shared/api/apiKeys';
import { and, asc, eq } from 'drizzle-orm';
import type { ApiKeyPrincipal, UserPrincipal } from '../auth/principal';
import { hashToken, newSecretToken } from '../auth/secretToken';
import type { Orm } from '../db/database';
import { insertOne } from '../db/insertOne';
import { apiKeys } from '../db/schema/apiKeys';
import { NotFoundError } from '../errors/domainErrors';
import { newId } from '../ids';
import { assertRole } from './permissions';
import { namedEntityAudit } from './recordAudit';

export const API_KEY_PREFIX = 'jf_live_';

export type ApiKeyView = {
  readonly id: string;
  readonly name: string;
  /** The key's first characters, to tell keys apart; never the whole key. */
  readonly prefix: string;
  readonly scopes: ApiKeyScope[];
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
};

type ApiKeyRow = typeof apiKeys.$inferSelect;

const toView = (row: ApiKeyRow): ApiKeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.keyPrefix,
  scopes: sortScopes(row.scopes),
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
});

/** What the actor did to a key, named by its name (never the key). */
const auditApiKey = namedEntityAudit('api_key');

/** Scopes in their catalogue order, each once. */
const sortScopes = (scopes: readonly string[]): ApiKeyScope[] =>
  API_KEY_SCOPES.filter((scope) => scopes.includes(scope));

/**
 * Creates a key; without `scopes` it is a public write key (`ingest`). The returned `key` is the only time
 * it exists in clear text.
 */
export const createApiKey = async (
  orm: Orm,
  actor: UserPrincipal,
  input: { readonly name: string; readonly scopes?: readonly ApiKeyScope[] | undefined },
  now: Date,
): Promise<ApiKeyView & { key: string }> => {
  assertRole(actor, 'admin', 'create API keys');
  const { name } = input;
  const scopes = sortScopes(input.scopes ?? DEFAULT_API_KEY_SCOPES);
  const key = `${API_KEY_PREFIX}${newSecretToken()}`;
  return orm.transaction(async (tx) => {
    const row = await insertOne(tx, apiKeys, {
      id: newId('key'),
      workspaceId: actor.workspaceId,
      name: name.trim(),
      keyHash: hashToken(key),
      keyPrefix: key.slice(0, API_KEY_PREFIX.length + 6),
      scopes,
      createdBy: actor.userId,
      createdAt: now,
    });
    await auditApiKey(tx, actor, 'api_key.create', row, now, { scopes });
    return { ...toView(row), key };
  });
};

export const listApiKeys = async (orm: Orm, actor: UserPrincipal): Promise<ApiKeyView[]> => {
  assertRole(actor, 'admin', 'list API keys');
  const rows = await orm
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, actor.workspaceId))
    .orderBy(asc(apiKeys.createdAt));
  return rows.map(toView);
};

export const deleteApiKey = async (orm: Orm, actor: UserPrincipal, id: string, now: Date): Promise<void> => {
  assertRole(actor, 'admin', 'revoke API keys');
  await orm.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.workspaceId, actor.workspaceId)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    if (!deleted) throw new NotFoundError('API key');
    forgetKey(orm, id);
    await auditApiKey(tx, actor, 'api_key.delete', deleted, now);
  });
};

/**
 * Ingestion calls this for every event, so resolved keys are remembered per database for a short while:
 * a burst of events costs no key lookup. Deleting a key forgets it at once in this process; other
 * processes stop accepting it within {@link API_KEY_CACHE_MS}.
 */
export const API_KEY_CACHE_MS = 30_000;

type CachedKey = { readonly principal: ApiKeyPrincipal; readonly until: number };
const keyCache = new WeakMap<Orm, Map<string, CachedKey>>();

const cacheFor = (orm: Orm) => {
  let cache = keyCache.get(orm);
  if (!cache) {
    cache = new Map();
    keyCache.set(orm, cache);
  }
  return cache;
};

const forgetKey = (orm: Orm, apiKeyId: string) => {
  const cache = cacheFor(orm);
  for (const [hash, entry] of cache) if (entry.principal.apiKeyId === apiKeyId) cache.delete(hash);
};

/** The workspace and scopes of a presented key, or undefined. Touches `last_used_at` when it looks the key up. */
export const resolveApiKey = async (
  orm: Orm,
  key: string,
  now: Date,
): Promise<ApiKeyPrincipal | undefined> => {
  if (!key.startsWith(API_KEY_PREFIX)) return undefined;
  const keyHash = hashToken(key);
  const cache = cacheFor(orm);
  const cached = cache.get(keyHash);
  if (cached && cached.until > Date.now()) return cached.principal;
  const [row] = await orm
    .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, keyHash));
  if (!row) {
    cache.delete(keyHash);
    return undefined;
  }
  await orm.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  const principal: ApiKeyPrincipal = {
    kind: 'apiKey',
    apiKeyId: row.id,
    workspaceId: row.workspaceId,
    scopes: sortScopes(row.scopes),
  };
  // Bounded: keys are few, but a flood of distinct valid keys must not grow memory without end.
  if (cache.size > 10_000) cache.clear();
  cache.set(keyHash, { principal, until: Date.now() + API_KEY_CACHE_MS });
  return principal;
};
