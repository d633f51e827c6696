import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';
import { eventNameSchema, positiveSecondsSchema } from '../settingsFields';

export const entryBehaviorNode = defineNode({
  type: 'entry.behavior',
  category: 'entry',
  label: 'Behavior pattern',
  description:
    'A customer enters after doing an event several times within a time window, optionally without another event.',
  ko: { label: '행동 패턴', description: '정해진 기간에 이벤트를 여러 번 하면 시작합니다.' },
  settingsSchema: z.strictObject({
    event: eventNameSchema,
    minCount: z.number().int('Use a whole number').min(1, 'The count must be at least 1'),
    withinSeconds: positiveSecondsSchema,
    where: conditionSchema.optional(),
    /** Property path such as `properties.productId`: counts are kept per distinct value. */
    groupBy: z.string().min(1).optional(),
    /** Only enter when this event did not happen in the same window. */
    withoutEvent: eventNameSchema.optional(),
  }),
  defaultSettings: { event: '', minCount: 3, withinSeconds: 86_400 },
  example: { event: 'product_viewed', minCount: 3, withinSeconds: 86_400, groupBy: 'properties.productId' },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings) =>
    settings.withoutEvent !== undefined && settings.withoutEvent === settings.event
      ? [
          {
            code: 'behavior_without_same_event',
            message: 'The "without" event is the same as the counted event, so nobody can ever enter.',
            severity: 'error',
            path: ['withoutEvent'],
          },
        ]
      : [],
});
