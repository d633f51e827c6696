import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';
import { eventNameSchema, positiveSecondsSchema } from '../settingsFields';

export const waitEventNode = defineNode({
  type: 'wait.event',
  category: 'wait',
  label: 'Wait for event',
  description: 'Wait for the customer to do an event; go on by "timeout" when it does not happen in time.',
  settingsSchema: z.strictObject({
    event: eventNameSchema,
    where: conditionSchema.optional(),
    timeoutSeconds: positiveSecondsSchema,
  }),
  defaultSettings: { event: '', timeoutSeconds: 86_400 },
  outputHandles: () => ['matched', 'timeout'],
  requiredHandles: () => ['matched', 'timeout'],
  isWait: true,
});
