import { z } from 'zod';
import { defineNode } from '../nodeDefinition';
import { positiveSecondsSchema } from '../settingsFields';

export const waitDurationNode = defineNode({
  type: 'wait.duration',
  category: 'wait',
  label: 'Wait',
  description: 'Wait for a fixed time before going on.',
  ko: { label: '시간 대기', description: '정해진 시간만큼 기다립니다.' },
  settingsSchema: z.strictObject({ seconds: positiveSecondsSchema }),
  defaultSettings: { seconds: 86_400 },
  example: { seconds: 3_600 },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: true,
});
