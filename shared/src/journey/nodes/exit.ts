import { z } from 'zod';
import { defineNode } from '../nodeDefinition';

export const exitNode = defineNode({
  type: 'exit',
  category: 'exit',
  label: 'Exit',
  description: 'The customer leaves the journey.',
  settingsSchema: z.strictObject({}),
  defaultSettings: {},
  outputHandles: () => [],
  requiredHandles: () => [],
  isWait: false,
});
