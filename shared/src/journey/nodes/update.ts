import { z } from 'zod';
import { liquidIssues } from '../../messaging/liquidSyntax';
import { defineNode } from '../nodeDefinition';

/** A literal value, or a string that may hold Liquid (`{{ event.properties.total }}`). */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const updateNode = defineNode({
  type: 'update',
  category: 'data',
  label: 'Update attributes',
  description: 'Set customer attributes, from fixed values or Liquid templates.',
  ko: { label: '속성 변경', description: '고객 속성 값을 바꿉니다.' },
  settingsSchema: z.strictObject({
    set: z.record(z.string().trim().min(1, 'An attribute name cannot be empty'), attributeValueSchema),
  }),
  defaultSettings: { set: {} },
  example: { set: { last_journey: 'welcome' } },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings) =>
    Object.keys(settings.set).length === 0
      ? [
          {
            code: 'update_nothing',
            message: 'This step sets no attribute; add one or remove the step.',
            severity: 'warning',
            path: ['set'],
          },
        ]
      : liquidIssues(settings.set, ['set']),
});
