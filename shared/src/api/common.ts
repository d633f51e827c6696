import { z } from 'zod';

/** Timestamps in responses: ISO 8601 in UTC, as `Date.prototype.toISOString` writes them. */
export const isoTimestampSchema = z.iso.datetime({ offset: true });

/** `{ items }` — every list endpoint answers in this shape. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** Query-string numbers arrive as text. */
export const limitQuerySchema = z.coerce.number().int().min(1).max(500).optional();

export const healthResponseSchema = z.object({ ok: z.literal(true) });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const idParamSchema = z.object({ id: z.string().min(1) });
