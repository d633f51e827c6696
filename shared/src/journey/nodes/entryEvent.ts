import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';
import { eventNameSchema } from '../settingsFields';

export const entryEventNode = defineNode({
  type: 'entry.event',
  category: 'entry',
  label: 'Event trigger',
  description: 'A customer enters when they do an event, optionally filtered by its properties.',
  ko: { label: '이벤트 발생', description: '고객이 특정 이벤트를 하면 시작합니다.' },
  settingsSchema: z.strictObject({
    event: eventNameSchema,
    where: conditionSchema.optional(),
  }),
  defaultSettings: { event: '' },
  example: { event: 'signed_up' },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
});
