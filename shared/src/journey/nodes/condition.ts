import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';

export const conditionNode = defineNode({
  type: 'condition',
  category: 'logic',
  label: 'Condition',
  description: 'Go on by "yes" or "no" depending on a condition.',
  ko: { label: '조건 분기', description: '조건에 따라 예 또는 아니오로 갑니다.' },
  settingsSchema: z.strictObject({ condition: conditionSchema }),
  defaultSettings: { condition: { attribute: '', op: 'eq', value: '' } },
  example: { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } },
  outputHandles: () => ['yes', 'no'],
  requiredHandles: () => ['yes', 'no'],
  isWait: false,
});
