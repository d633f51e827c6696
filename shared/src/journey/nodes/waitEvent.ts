import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';
import { eventNameSchema, positiveSecondsSchema } from '../settingsFields';

export const waitEventNode = defineNode({
  type: 'wait.event',
  category: 'wait',
  label: 'Wait for event',
  description: 'Wait for the customer to do an event; go on by "timeout" when it does not happen in time.',
  ko: { label: '이벤트 대기', description: '이벤트를 기다리고, 시간이 지나면 시간 초과로 갑니다.' },
  settingsSchema: z.strictObject({
    event: eventNameSchema,
    where: conditionSchema.optional(),
    timeoutSeconds: positiveSecondsSchema,
  }),
  defaultSettings: { event: '', timeoutSeconds: 86_400 },
  example: { event: 'purchase', timeoutSeconds: 86_400 },
  outputHandles: () => ['matched', 'timeout'],
  requiredHandles: () => ['matched', 'timeout'],
  isWait: true,
});
