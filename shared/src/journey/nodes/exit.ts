import { z } from 'zod';
import { defineNode } from '../nodeDefinition';

export const exitNode = defineNode({
  type: 'exit',
  category: 'exit',
  label: 'Exit',
  description: 'The customer leaves the journey.',
  ko: { label: '종료', description: '고객이 여정을 마칩니다.' },
  settingsSchema: z.strictObject({}),
  defaultSettings: {},
  example: {},
  outputHandles: () => [],
  requiredHandles: () => [],
  isWait: false,
});
