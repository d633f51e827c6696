import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';
import { eventNameSchema } from '../settingsFields';

export const entryEventNode = defineNode({
  type: 'entry.event',
  category: 'entry',
  label: 'Event trigger',
  description: 'A customer enters when they do an event, optionally filtered by its properties.',
  settingsSchema: z.strictObject({
    event: eventNameSchema,
    where: conditionSchema.optional(),
  }),
  defaultSettings: { event: '' },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
});
