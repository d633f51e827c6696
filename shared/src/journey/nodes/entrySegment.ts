import { z } from 'zod';
import { defineNode } from '../nodeDefinition';

export const entrySegmentNode = defineNode({
  type: 'entry.segment',
  category: 'entry',
  label: 'Segment entry',
  description: 'A customer enters when they join a segment.',
  ko: { label: '세그먼트 진입', description: '고객이 세그먼트에 들어오면 시작합니다.' },
  settingsSchema: z.strictObject({
    segmentId: z.string().min(1, 'Choose a segment'),
    /** Also enter everyone already in the segment when the journey is published. */
    includeExisting: z.boolean().default(false),
  }),
  defaultSettings: { segmentId: '', includeExisting: false },
  example: { segmentId: 'seg_example', includeExisting: false },
  outputHandles: () => ['next'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings, context) =>
    context.segments && settings.segmentId && !context.segments.some((s) => s.id === settings.segmentId)
      ? [
          {
            code: 'segment_not_found',
            message: `The segment "${settings.segmentId}" does not exist in this workspace.`,
            severity: 'error',
            path: ['segmentId'],
          },
        ]
      : [],
});
