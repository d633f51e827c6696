import { z } from 'zod';

export const issueSeveritySchema = z.enum(['error', 'warning']);

/** One finding of `validateJourney`; errors block submitting and publishing, warnings do not. */
export const validationIssueSchema = z.object({
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  /** Stable machine-readable code, e.g. `handle_unconnected`, `ad_missing_prefix`. */
  code: z.string(),
  /** A sentence a marketer understands. */
  message: z.string(),
  severity: issueSeveritySchema,
  /** Dotted path of the field inside the node's settings (or the journey settings), for the inspector. */
  field: z.string().optional(),
  /** Values for the web's Korean/English text of `code` (SPEC §7a). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const validationResultSchema = z.object({
  valid: z.boolean(),
  issues: z.array(validationIssueSchema),
});
export type ValidationResult = z.infer<typeof validationResultSchema>;
