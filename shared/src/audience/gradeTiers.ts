import { z } from 'zod';
import { conditionSchema } from '../journey/condition';

const gradeNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the grade a name')
  .max(50, 'Keep grade names under 50 characters');

/**
 * One grade tier: a name and the Condition a customer must meet (usually on `rfm.monetary_90d`,
 * `rfm.frequency_90d` or `rfm.recency_days`). A tier without a rule matches everyone, so it belongs last.
 */
export const gradeTierSchema = z.strictObject({
  name: gradeNameSchema,
  // A union, not `.nullable()`: the OpenAPI generator drops `.nullable()` on a schema with an id (`Condition`).
  rule: z.union([conditionSchema, z.null()]),
});
export type GradeTier = z.infer<typeof gradeTierSchema>;

/**
 * `GET/PUT /api/grades`: tiers in priority order — the first tier whose rule matches is the customer's
 * grade (so "Dormant" can come before "VIP"); no match means no grade.
 */
export const gradeTiersSchema = z
  .strictObject({ tiers: z.array(gradeTierSchema).max(20, 'Use at most 20 grades') })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.tiers.forEach((tier, i) => {
      if (seen.has(tier.name)) {
        ctx.addIssue({ code: 'custom', message: `"${tier.name}" is used twice`, path: ['tiers', i, 'name'] });
      }
      seen.add(tier.name);
    });
  });
export type GradeTiers = z.infer<typeof gradeTiersSchema>;

/** The example tiers of SPEC §5 (KRW), offered by the settings page as a starting point. */
export const exampleGradeTiers: GradeTiers = {
  tiers: [
    { name: 'Dormant', rule: { attribute: 'rfm.recency_days', op: 'gt', value: 180 } },
    { name: 'VIP', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 } },
    { name: 'Gold', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 500_000 } },
    { name: 'Silver', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 100_000 } },
    { name: 'Bronze', rule: null },
  ],
};

export const gradeHistoryEntrySchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string(),
  changedAt: z.string(),
});
export type GradeHistoryEntry = z.infer<typeof gradeHistoryEntrySchema>;
