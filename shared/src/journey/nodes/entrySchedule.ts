import { z } from 'zod';
import { conditionSchema } from '../condition';
import { cronIssue } from '../cron';
import { defineNode, type NodeSettingsIssue } from '../nodeDefinition';
import { isoDateTimeSchema } from '../settingsFields';
import { pickTimeZone } from '../timezone';
import { isDateTimePast } from '../zonedTime';

export const entryScheduleNode = defineNode({
  type: 'entry.schedule',
  category: 'entry',
  label: 'Scheduled entry',
  description: 'On a schedule (once or repeating), everyone in a segment and/or matching a condition enters.',
  ko: { label: '예약 실행', description: '정해진 시각에 세그먼트 고객이 시작합니다.' },
  settingsSchema: z.strictObject({
    segmentId: z.string().min(1).optional(),
    /** Evaluated for each candidate at each run of the schedule. */
    condition: conditionSchema.optional(),
    at: isoDateTimeSchema.optional(),
    /** Five-field cron expression in the journey's timezone. */
    cron: z
      .string()
      .superRefine((value, ctx) => {
        const issue = cronIssue(value);
        if (issue?.code === 'cron_syntax') ctx.addIssue({ code: 'custom', message: issue.message });
      })
      .optional(),
  }),
  defaultSettings: { cron: '0 9 * * *' },
  example: { cron: '0 9 * * *', condition: { attribute: 'grade', op: 'eq', value: 'VIP' } },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings, context) => {
    const issues: NodeSettingsIssue[] = [];
    if ((settings.at === undefined) === (settings.cron === undefined)) {
      issues.push({
        code: 'schedule_at_or_cron',
        message: 'Set either a single date and time or a repeating schedule (cron), not both or neither.',
        severity: 'error',
        path: ['at'],
      });
    }
    // The same cron code the engine fires with: whatever passes here, the engine can schedule.
    const cron =
      settings.cron === undefined ? undefined : cronIssue(settings.cron, pickTimeZone(context.timezone));
    if (cron) issues.push({ ...cron, severity: 'error', path: ['cron'] });
    if (settings.segmentId === undefined && settings.condition === undefined) {
      issues.push({
        code: 'schedule_audience_missing',
        message: 'Choose a segment or a condition to decide who enters at each scheduled run.',
        severity: 'error',
        path: ['segmentId'],
      });
    }
    if (settings.at !== undefined && settings.cron === undefined && context.now) {
      if (isDateTimePast(settings.at, context.now, pickTimeZone(context.timezone))) {
        issues.push({
          code: 'schedule_in_past',
          message: 'The scheduled time has already passed, so nobody would enter; pick a future time.',
          severity: 'warning',
          path: ['at'],
        });
      }
    }
    if (
      context.segments &&
      settings.segmentId &&
      !context.segments.some((s) => s.id === settings.segmentId)
    ) {
      issues.push({
        code: 'segment_not_found',
        message: `The segment "${settings.segmentId}" does not exist in this workspace.`,
        severity: 'error',
        path: ['segmentId'],
      });
    }
    return issues;
  },
});
