import { z } from 'zod';
import { isoTimestampSchema, listResponseSchema } from './common';

export const createApiKeyRequestSchema = z.object({
  name: z.string().trim().min(1, 'Name the key').max(200),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

/** The only time the key is shown; it is stored hashed. */
export const createApiKeyResponseSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  createdAt: isoTimestampSchema,
});
export type CreateApiKeyResponse = z.infer<typeof createApiKeyResponseSchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** First characters of the key, to recognize it. */
  prefix: z.string(),
  createdAt: isoTimestampSchema,
  lastUsedAt: isoTimestampSchema.nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
export const apiKeyListResponseSchema = listResponseSchema(apiKeySchema);
export type ApiKeyListResponse = z.infer<typeof apiKeyListResponseSchema>;
