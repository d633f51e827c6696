import { z } from 'zod';
import { conditionSchema } from '../condition';
import { defineNode } from '../nodeDefinition';

/**
 * Entry by an API call (SPEC §7a `POST /api/journeys/:id/enroll`): another system (an order system, a CS
 * tool) puts given customers in. `where` is checked against the customer and the call's `properties`
 * (read with `trigger: "properties.…"` paths, like an entry event's).
 */
export const entryApiNode = defineNode({
  type: 'entry.api',
  category: 'entry',
  label: 'API entry',
  description: 'Another system puts customers in through the enroll API (a server key with journeys:enroll).',
  ko: {
    label: 'API 진입',
    description: '다른 시스템이 등록 API(‘여정에 고객 등록’ 권한의 서버 키)로 고객을 넣습니다.',
  },
  settingsSchema: z.strictObject({
    where: conditionSchema.optional(),
  }),
  defaultSettings: {},
  example: { where: { trigger: 'properties.source', op: 'eq', value: 'order_system' } },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
});
