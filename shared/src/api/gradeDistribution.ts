import { z } from 'zod';

export const gradeDistributionQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(365).optional(),
});
export type GradeDistributionQuery = z.infer<typeof gradeDistributionQuerySchema>;

/**
 * `GET /api/insights/grades`: customers per grade at the end of each day (workspace timezone), oldest
 * first — acquisition, retention, value-up and reactivation at a glance. `(none)` counts ungraded customers.
 */
export const gradeDistributionSchema = z.object({
  grades: z.array(z.string()),
  days: z.array(z.object({ day: z.iso.date(), counts: z.record(z.string(), z.number().int()) })),
});
export type GradeDistribution = z.infer<typeof gradeDistributionSchema>;
