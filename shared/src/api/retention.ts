import { z } from 'zod';

/**
 * How long a workspace keeps detail rows (issue 15). Older trace lines, messages and events are deleted
 * by the retention job after they were folded into daily roll-ups, so stats keep their numbers.
 * Stored in `workspaces.retention`; a missing field takes the default.
 */
export const retentionSettingsSchema = z.object({
  traceDays: z.number().int().min(1).max(3650).optional(),
  messageMonths: z.number().int().min(1).max(120).optional(),
  eventMonths: z.number().int().min(1).max(120).optional(),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const DEFAULT_RETENTION: Required<RetentionSettings> = {
  traceDays: 180,
  messageMonths: 13,
  eventMonths: 25,
};

/** The stored value (anything) read leniently: an invalid or missing field takes its default. */
export const resolveRetention = (stored: unknown): Required<RetentionSettings> => {
  const parsed = retentionSettingsSchema.safeParse(stored ?? {});
  return { ...DEFAULT_RETENTION, ...(parsed.success ? parsed.data : {}) };
};

/** `GET/PUT /api/workspace/retention`: the effective values (defaults filled in). */
export const effectiveRetentionSchema = z.object({
  traceDays: z.number().int(),
  messageMonths: z.number().int(),
  eventMonths: z.number().int(),
});
