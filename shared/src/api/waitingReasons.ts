import { z } from 'zod';

export const waitingReasonsQuerySchema = z.object({ nodeId: z.string().min(1).max(200) });

/**
 * `GET /api/journeys/:id/waiting?nodeId=`: why customers on a node are waiting, grouped by the trace code
 * of their last step there (`send.quiet_delayed`, `wait.waiting`, `wait.event_waiting`, …) and the local
 * time they wake (`HH:MM` in the journey timezone) — "방해 금지 시간으로 08:00까지 대기 19명".
 */
export const waitingReasonsSchema = z.object({
  groups: z.array(
    z.object({
      code: z.string().nullable(),
      /** Local wake-up time in the journey timezone; null when waiting for an event without timeout. */
      until: z.string().nullable(),
      /** Local wake-up day (YYYY-MM-DD) in the journey timezone. */
      day: z.string().nullable(),
      /** The event a customer waits for, if any. */
      event: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
});
export type WaitingReasons = z.infer<typeof waitingReasonsSchema>;
