import { z } from 'zod';
import { defineNode } from '../nodeDefinition';
import { attributePathSchema } from '../settingsFields';

export const waitPredictedNode = defineNode({
  type: 'wait.predicted',
  category: 'wait',
  label: 'Wait for predicted date',
  description: 'Wait until a predicted date held in an attribute (e.g. the next purchase), plus an offset.',
  ko: { label: '예측 날짜 대기', description: '예측된 날짜(예: 다음 구매일)까지 기다립니다.' },
  settingsSchema: z.strictObject({
    attribute: attributePathSchema,
    offsetSeconds: z.number().int('Use whole seconds').default(0),
  }),
  // The built-in prediction the product computes from each customer's purchases (docs/prediction.md).
  defaultSettings: { attribute: 'predicted.next_purchase_at', offsetSeconds: 0 },
  example: { attribute: 'predicted.next_purchase_at', offsetSeconds: -86_400 },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: true,
});
