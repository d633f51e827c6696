import { z } from 'zod';
import { conditionSchema } from './condition';
import { eventNameSchema, isoDateTimeSchema, positiveSecondsSchema, timeOfDaySchema } from './settingsFields';
import { timeZoneSchema } from './timezone';

export const reentryModeSchema = z.enum(['never', 'always', 'after_exit']);
export type ReentryMode = z.infer<typeof reentryModeSchema>;

export const reentrySchema = z.strictObject({
  mode: reentryModeSchema,
  /** With `always` / `after_exit`: minimum time between two entries of the same customer. */
  cooldownSeconds: z.number().int().nonnegative().optional(),
});
export type Reentry = z.infer<typeof reentrySchema>;

/** A customer who does this event exits at once and counts as converted. */
export const journeyGoalSchema = z.strictObject({
  event: eventNameSchema,
  where: conditionSchema.optional(),
});
export type JourneyGoal = z.infer<typeof journeyGoalSchema>;

/** An event that removes a customer from the journey (without counting as converted). */
export const exitOnEventSchema = z.strictObject({
  event: eventNameSchema,
  where: conditionSchema.optional(),
});
export type ExitOnEvent = z.infer<typeof exitOnEventSchema>;

export const frequencyCapSchema = z.strictObject({
  max: z.number().int().positive('The cap must allow at least one message'),
  perSeconds: positiveSecondsSchema,
});
export type FrequencyCap = z.infer<typeof frequencyCapSchema>;

export const quietHoursSchema = z.strictObject({
  start: timeOfDaySchema,
  end: timeOfDaySchema,
  /** `delay`: send when quiet hours end; `skip`: do not send and go on. */
  behavior: z.enum(['delay', 'skip']),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

/**
 * Journey-level settings (SPEC §2). Every field is optional; what an absent field means is in
 * `defaultJourneySettings` (timezone: the workspace's), applied by `resolveJourneySettings`.
 */
export const journeySettingsSchema = z.strictObject({
  timezone: timeZoneSchema.optional(),
  reentry: reentrySchema.optional(),
  goal: journeyGoalSchema.optional(),
  /** Accepts plain event names for convenience; they are read as `{ event }`. */
  exitOn: z
    .array(z.preprocess((value) => (typeof value === 'string' ? { event: value } : value), exitOnEventSchema))
    .optional(),
  frequencyCap: frequencyCapSchema.optional(),
  /**
   * Informational sends of this journey skip the workspace-wide fatigue cap (SPEC §6). Ad sends are
   * always capped.
   */
  bypassWorkspaceCapForInfo: z.boolean().optional(),
  quietHours: quietHoursSchema.optional(),
  /** Most customers entering per hour; unlimited when absent. */
  entryLimit: z.number().int().positive().optional(),
  /** Share of entering customers kept as a control group that is never messaged (0–99). */
  holdoutPercent: z.number().min(0).max(99, 'A holdout of 100% would message nobody').optional(),
  /** How long after a message a goal event still counts as a conversion of that message. */
  attributionWindowSeconds: positiveSecondsSchema.optional(),
  /** Active period (SPEC §7a): nobody enters before `startsAt` or after `endsAt` (journey timezone). */
  startsAt: isoDateTimeSchema.optional(),
  endsAt: isoDateTimeSchema.optional(),
  /** At `endsAt`, customers still inside finish their journey (`finish`, default) or leave it (`exit`). */
  endBehavior: z.enum(['finish', 'exit']).optional(),
});
export type JourneySettings = z.infer<typeof journeySettingsSchema>;
export type JourneySettingsInput = z.input<typeof journeySettingsSchema>;

export type ResolvedJourneySettings = JourneySettings &
  Required<
    Pick<
      JourneySettings,
      | 'timezone'
      | 'reentry'
      | 'exitOn'
      | 'holdoutPercent'
      | 'attributionWindowSeconds'
      | 'bypassWorkspaceCapForInfo'
    >
  >;

/** The meaning of each absent setting. `timezone` is a fallback: the workspace's timezone wins. */
export const defaultJourneySettings = {
  timezone: 'Asia/Seoul',
  reentry: { mode: 'never' },
  exitOn: [],
  bypassWorkspaceCapForInfo: false,
  holdoutPercent: 0,
  attributionWindowSeconds: 7 * 86_400,
} as const satisfies ResolvedJourneySettings;

/** Fills absent settings with their defaults; `workspaceTimezone` is used when the journey sets none. */
export function resolveJourneySettings(
  settings: JourneySettings | undefined,
  workspaceTimezone?: string,
): ResolvedJourneySettings {
  const given = settings ?? {};
  return {
    ...given,
    timezone: given.timezone ?? workspaceTimezone ?? defaultJourneySettings.timezone,
    reentry: given.reentry ?? { ...defaultJourneySettings.reentry },
    exitOn: given.exitOn ?? [],
    bypassWorkspaceCapForInfo:
      given.bypassWorkspaceCapForInfo ?? defaultJourneySettings.bypassWorkspaceCapForInfo,
    holdoutPercent: given.holdoutPercent ?? defaultJourneySettings.holdoutPercent,
    attributionWindowSeconds:
      given.attributionWindowSeconds ?? defaultJourneySettings.attributionWindowSeconds,
  };
}
