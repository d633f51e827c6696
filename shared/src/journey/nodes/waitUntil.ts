import { z } from 'zod';
import { defineNode, type NodeSettingsIssue } from '../nodeDefinition';
import { attributePathSchema, isoDateTimeSchema } from '../settingsFields';
import { pickTimeZone } from '../timezone';
import { isDateTimePast } from '../zonedTime';

export const waitUntilNode = defineNode({
  type: 'wait.until',
  category: 'wait',
  label: 'Wait until date',
  description: "Wait until a fixed date, or until a date held in the customer's attributes (plus an offset).",
  ko: { label: '날짜까지 대기', description: '특정 날짜 또는 고객 속성의 날짜까지 기다립니다.' },
  settingsSchema: z.strictObject({
    at: isoDateTimeSchema.optional(),
    /** A date attribute of the customer, e.g. `contract_ends_at`. */
    attribute: attributePathSchema.optional(),
    /** Added to the attribute's date; negative means before it. */
    offsetSeconds: z.number().int('Use whole seconds').optional(),
  }),
  defaultSettings: { attribute: '', offsetSeconds: 0 },
  example: { attribute: 'contract_ends_at', offsetSeconds: -604_800 },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: true,
  validate: (settings, context) => {
    const issues: NodeSettingsIssue[] = [];
    if ((settings.at === undefined) === (settings.attribute === undefined)) {
      issues.push({
        code: 'wait_until_target',
        message: 'Set either a fixed date or a date attribute to wait for, not both or neither.',
        severity: 'error',
        path: ['at'],
      });
    }
    if (
      settings.at !== undefined &&
      context.now &&
      isDateTimePast(settings.at, context.now, pickTimeZone(context.timezone))
    ) {
      issues.push({
        code: 'wait_until_in_past',
        message: 'This date has already passed, so customers would not wait here at all.',
        severity: 'warning',
        path: ['at'],
      });
    }
    if (settings.at !== undefined && settings.offsetSeconds !== undefined && settings.offsetSeconds !== 0) {
      issues.push({
        code: 'wait_until_offset_ignored',
        message: 'The offset only applies to a date attribute; it is ignored with a fixed date.',
        severity: 'warning',
        path: ['offsetSeconds'],
      });
    }
    return issues;
  },
});
