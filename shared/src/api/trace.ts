import { z } from 'zod';
import { isoTimestampSchema, limitQuerySchema, listResponseSchema } from './common';
import { cursorQuerySchema, pageResponseSchema } from './paging';

/** One step of a run, with the reason in words (SPEC §6): answers "why didn't this customer get it?". */
export const traceEntrySchema = z.object({
  at: isoTimestampSchema,
  journeyId: z.string(),
  version: z.number().int(),
  runId: z.string().optional(),
  nodeId: z.string(),
  nodeType: z.string(),
  /** The output handle the run left by, when it moved on. */
  handle: z.string().optional(),
  reason: z.string(),
  /** Stable code of the entry (e.g. a refused entry: `reentry_refused`), rendered by the web from code + params. */
  code: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  /** The step's name as drawn on the canvas (so the reader never sees a node id), and its journey's timezone. */
  nodeLabel: z.string().optional(),
  timezone: z.string().optional(),
  /** How many identical refusals this entry folds (one entry per journey, customer, code and hour). */
  attempts: z.number().int().optional(),
});
export type TraceEntry = z.infer<typeof traceEntrySchema>;

export const traceQuerySchema = z.object({
  journeyId: z.string().optional(),
  /** Page size with `cursor` (the answer without `cursor` keeps every step, up to 5,000). */
  limit: limitQuerySchema,
  cursor: cursorQuerySchema,
});
export type TraceQuery = z.infer<typeof traceQuerySchema>;

export const traceResponseSchema = listResponseSchema(traceEntrySchema);

export const tracePageSchema = pageResponseSchema(traceEntrySchema);
