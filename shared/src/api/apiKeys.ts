import { z } from 'zod';
import { isoTimestampSchema, listResponseSchema } from './common';

/**
 * What a workspace API key may do (SPEC §7a). `ingest` is the public write key — events, `/api/v1/*` and
 * customer upserts — safe to ship in a browser; every other scope makes a server key to keep secret.
 */
export const apiKeyScopeSchema = z.enum([
  'ingest',
  'customers:erase',
  'inapp:token',
  'optouts:read',
  'delivery:report',
  'journeys:enroll',
]);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;
export const API_KEY_SCOPES: readonly ApiKeyScope[] = apiKeyScopeSchema.options;
/** A key created without `scopes` is a public write key. */
export const DEFAULT_API_KEY_SCOPES: readonly ApiKeyScope[] = ['ingest'];

export const apiKeyScopesSchema = z
  .array(apiKeyScopeSchema)
  .min(1, 'Pick at least one scope')
  .max(API_KEY_SCOPES.length);

export const createApiKeyRequestSchema = z.object({
  name: z.string().trim().min(1, 'Name the key').max(200),
  scopes: apiKeyScopesSchema.optional(),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

/** The only time the key is shown; it is stored hashed. */
export const createApiKeyResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  createdAt: isoTimestampSchema,
});
export type CreateApiKeyResponse = z.infer<typeof createApiKeyResponseSchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** First characters of the key, to recognize it. */
  prefix: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  createdAt: isoTimestampSchema,
  lastUsedAt: isoTimestampSchema.nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
export const apiKeyListResponseSchema = listResponseSchema(apiKeySchema);
