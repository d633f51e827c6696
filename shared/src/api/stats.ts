import { z } from 'zod';

export const nodeStatsSchema = z.object({
  entered: z.number().int(),
  active: z.number().int(),
  completed: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  conversions: z.number().int().optional(),
  /** Tracked-link clicks of a send node: messages clicked (unique), every click (total), messages with links. */
  clicks: z
    .object({ unique: z.number().int(), total: z.number().int(), messages: z.number().int() })
    .optional(),
  /** Seconds customers spent in the node, by percentile. */
  timeInNode: z.object({ p50: z.number(), p90: z.number(), p99: z.number() }).nullable().optional(),
});
export type NodeStats = z.infer<typeof nodeStatsSchema>;

/** `GET /api/journeys/:id/stats` (SPEC §6). */
export const journeyStatsSchema = z.object({
  nodes: z.record(z.string(), nodeStatsSchema),
  entered: z.number().int(),
  active: z.number().int(),
  converted: z.number().int(),
  /**
   * Customers refused entry, per refusal code (`reentry_refused`, `entry_limit`, `where_mismatch`,
   * `behavior_window_not_met`; see shared/journey/entryRefusal): each customer counts once per code.
   */
  refused: z.record(z.string(), z.number().int()).optional(),
});
export type JourneyStats = z.infer<typeof journeyStatsSchema>;

export const journeyReportQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type JourneyReportQuery = z.infer<typeof journeyReportQuerySchema>;

/** `GET /api/journeys/:id/report` (SPEC §7). Money in the workspace currency (KRW). */
export const journeyReportSchema = z.object({
  entries: z.array(z.object({ day: z.iso.date(), count: z.number().int() })),
  converted: z.number().int(),
  conversionRate: z.number(),
  revenue: z.number(),
  cost: z.number(),
  /** (revenue − cost) / cost; null when nothing was spent. */
  roi: z.number().nullable(),
  /**
   * The rule that attributed `converted` and `revenue`: the goal event's last touch across the workspace's
   * journeys within this journey's window, so each purchase counts in one journey only.
   */
  attribution: z
    .object({
      model: z.literal('last_touch'),
      goalEvent: z.string().nullable(),
      windowSeconds: z.number(),
    })
    .optional(),
  holdout: z
    .object({
      treatment: z.object({ customers: z.number().int(), converted: z.number().int(), rate: z.number() }),
      control: z.object({ customers: z.number().int(), converted: z.number().int(), rate: z.number() }),
      /** Treatment rate minus control rate. */
      uplift: z.number(),
      /** 95% confidence interval of the uplift. */
      ci: z.tuple([z.number(), z.number()]),
    })
    .optional(),
  /** Per split branch (`nodeId:branchId`): customers and conversions, for A/B results. */
  branches: z
    .record(
      z.string(),
      z.object({
        entered: z.number().int(),
        converted: z.number().int(),
        rate: z.number(),
        /** Goal revenue attributed to customers of this branch. */
        revenue: z.number().optional(),
        /** Two-sided p-value of this branch against the best other branch of the same split. */
        pValue: z.number().nullable().optional(),
        /** True only for a branch that beats every other branch of its split at 95 % confidence. */
        winner: z.boolean().optional(),
      }),
    )
    .optional(),
  /** Per send node with tracked links: unique and total clicks, and unique clicks per message sent with links. */
  clicks: z
    .record(
      z.string(),
      z.object({
        unique: z.number().int(),
        total: z.number().int(),
        messages: z.number().int(),
        rate: z.number(),
      }),
    )
    .optional(),
});
export type JourneyReport = z.infer<typeof journeyReportSchema>;
