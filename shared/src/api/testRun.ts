import { z } from 'zod';
import { timeZoneSchema } from '../journey/timezone';
import { consentSchema } from './consent';
import { messageSchema } from './messages';
import { traceEntrySchema } from './trace';

/** `POST /api/journeys/:id/test`: one customer through the draft on a simulated clock; nothing is stored. */
export const testRunRequestSchema = z.object({
  externalId: z.string().optional(),
  customer: z
    .object({
      attributes: z.record(z.string(), z.unknown()).default({}),
      timezone: timeZoneSchema.optional(),
      consent: consentSchema.optional(),
      grade: z.string().optional(),
    })
    .optional(),
  /** Scripted events, `afterSeconds` after entry; the first one may be the entry event. */
  events: z
    .array(
      z.object({
        name: z.string().min(1),
        properties: z.record(z.string(), z.unknown()).optional(),
        afterSeconds: z.number().nonnegative(),
      }),
    )
    .optional(),
  /** How far to simulate; default 30 days. */
  horizonSeconds: z
    .number()
    .int()
    .positive()
    .max(366 * 86_400)
    .optional(),
});
export type TestRunRequest = z.infer<typeof testRunRequestSchema>;

export const testRunResponseSchema = z.object({
  trace: z.array(traceEntrySchema),
  /** Messages the run would send; ids are synthetic and nothing is stored. */
  messages: z.array(messageSchema),
});
export type TestRunResponse = z.infer<typeof testRunResponseSchema>;
