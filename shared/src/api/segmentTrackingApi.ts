import { z } from 'zod';

/*
 * Segment HTTP Tracking API compatible ingestion (`/api/v1/identify|track|batch`), so existing
 * Segment SDKs can send to Journeyflow. Only the fields we use are named; others pass through.
 */

const common = {
  userId: z.string().min(1).optional(),
  anonymousId: z.string().min(1).optional(),
  messageId: z.string().min(1).optional(),
  timestamp: z.iso.datetime({ offset: true }).optional(),
  context: z.record(z.string(), z.unknown()).optional(),
};

export const segmentIdentifySchema = z.looseObject({
  ...common,
  traits: z.record(z.string(), z.unknown()).optional(),
});
export type SegmentIdentify = z.infer<typeof segmentIdentifySchema>;

export const segmentTrackSchema = z.looseObject({
  ...common,
  event: z.string().min(1),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type SegmentTrack = z.infer<typeof segmentTrackSchema>;

export const segmentBatchSchema = z.looseObject({
  batch: z
    .array(
      z.discriminatedUnion('type', [
        segmentIdentifySchema.extend({ type: z.literal('identify') }),
        segmentTrackSchema.extend({ type: z.literal('track') }),
      ]),
    )
    .min(1)
    .max(10_000),
});
export type SegmentBatch = z.infer<typeof segmentBatchSchema>;

/** Segment's API answers `{ success: true }`. */
export const segmentTrackingResponseSchema = z.object({ success: z.literal(true) });
export type SegmentTrackingResponse = z.infer<typeof segmentTrackingResponseSchema>;
