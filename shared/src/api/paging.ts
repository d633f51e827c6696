import { z } from 'zod';
import { limitQuerySchema } from './common';

/**
 * Keyset paging (issue #17). A list request that carries `cursor` (empty = the first page) answers with
 * the page envelope; without `cursor` it keeps the shape SPEC §7 documents, so older clients are unchanged.
 */
export const cursorQuerySchema = z
  .string()
  .max(1000)
  .optional()
  .describe(
    'Opaque keyset cursor: empty for the first page, then a page’s `nextCursor`. Its presence switches the answer to the page envelope `{ items, nextCursor, total, totalExact }`.',
  );

/** The query fields of a paged list: at most `limit` items (1–500), from `cursor` on. */
export const pageQueryFields = { limit: limitQuerySchema, cursor: cursorQuerySchema };

/** Below this many matches `total` is counted exactly; above it the planner's estimate is given. */
export const EXACT_TOTAL_LIMIT = 10_000;

/** `{ items, nextCursor, total, totalExact }`: `nextCursor` is null on the last page. */
export function pageResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative(),
    /** False when `total` is an estimate (more than `EXACT_TOTAL_LIMIT` matches). */
    totalExact: z.boolean(),
  });
}

export type Page<T> = {
  readonly items: T[];
  readonly nextCursor: string | null;
  readonly total: number;
  readonly totalExact: boolean;
};
