/**
 * Caps on the size of what one request or one saved object may ask the server to work through. They
 * bound CPU, stack depth and SQL size per request and per event, so one workspace cannot stall the
 * process for the others. Enforced by the shared zod schemas and `validateJourney`, so the editor and
 * the server agree; the API answers 422 `limit_exceeded` with `details: { limit, max }`.
 * Documented in docs/limits.md; change both together.
 */
export const LIMITS = {
  /** Steps in one journey graph (the editor is measured with 1,000). */
  graphNodes: 2_000,
  /** Connections in one journey graph. */
  graphEdges: 6_000,
  /** Branches of one split step. */
  splitBranches: 50,
  /** Nesting of one condition: every `all`/`any`/`not` and event `where` is one level. */
  conditionDepth: 20,
  /** Leaves (attribute, event, segment, trigger tests) in one condition. */
  conditionLeaves: 1_000,
  /** Values in one `in` list. */
  inListLength: 10_000,
  /** Nesting of any JSON request body (objects and arrays); checked before it is parsed. */
  jsonDepth: 100,
  /** How many segments deep `{ segment }` references may chain (A refers to B refers to C …). */
  segmentReferenceDepth: 10,
  /** Customers in one `POST /api/journeys/:id/enroll` call (one transaction). */
  enrollBatch: 1_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What a zod issue or an API error carries when a cap is exceeded. */
export type LimitExceeded = { readonly limit: LimitName; readonly max: number };

/** The marker a custom zod issue carries in `params`, read by the server's validation hook. */
export const limitIssueParams = (limit: LimitName): LimitExceeded => ({ limit, max: LIMITS[limit] });

export const isLimitExceeded = (value: unknown): value is LimitExceeded =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { limit?: unknown }).limit === 'string' &&
  (value as { limit: string }).limit in LIMITS &&
  typeof (value as { max?: unknown }).max === 'number';

/**
 * A refinement that refuses a list longer than a cap with a custom issue carrying `{ limit, max }`
 * (built-in `.max()` issues carry no params, so the server could not tell a cap from a typo).
 */
export const withinLimit =
  (limit: LimitName, message: string) =>
  (list: readonly unknown[], ctx: { addIssue: (issue: CustomLimitIssue) => void }): void => {
    if (capsApply() && list.length > LIMITS[limit])
      ctx.addIssue({ code: 'custom', message, params: limitIssueParams(limit) });
  };

type CustomLimitIssue = { code: 'custom'; message: string; params: LimitExceeded };

/** Nesting still refused when reading stored data: deeper would risk the recursive parsers' stack. */
export const STORED_CONDITION_DEPTH = 500;

let readingStored = false;

/**
 * Parses data stored while it was valid (published journey versions) without the size caps added
 * since, so a cap never makes a live journey unreadable; only nesting past `STORED_CONDITION_DEPTH`
 * is still refused. `parse` must be synchronous (zod's `parse`), so no other parse can interleave.
 */
export function parseStored<T>(parse: () => T): T {
  const previous = readingStored;
  readingStored = true;
  try {
    return parse();
  } finally {
    readingStored = previous;
  }
}

/** Whether input caps apply to the parse running now (false inside `parseStored`). */
export const capsApply = (): boolean => !readingStored;
