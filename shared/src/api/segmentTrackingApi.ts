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

/** `page` / `screen`: stored as `page_viewed` / `screen_viewed` events with `name` and `category`. */
export const segmentPageSchema = z.looseObject({
  ...common,
  name: z.string().max(500).optional(),
  category: z.string().max(500).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type SegmentPage = z.infer<typeof segmentPageSchema>;

/** `group`: the customer's company, stored as the `company` attribute `{ id, ...traits }`. */
export const segmentGroupSchema = z.looseObject({
  ...common,
  groupId: z.string().min(1).max(255),
  traits: z.record(z.string(), z.unknown()).optional(),
});
export type SegmentGroup = z.infer<typeof segmentGroupSchema>;

/** `alias`: `previousId` (usually an anonymous id) is the same person as `userId`; their data merge. */
export const segmentAliasSchema = z.looseObject({
  ...common,
  userId: z.string().min(1).max(255),
  previousId: z.string().min(1).max(255),
});
export type SegmentAlias = z.infer<typeof segmentAliasSchema>;

export const segmentBatchSchema = z.looseObject({
  batch: z
    .array(
      z.discriminatedUnion('type', [
        segmentIdentifySchema.extend({ type: z.literal('identify') }),
        segmentTrackSchema.extend({ type: z.literal('track') }),
        segmentPageSchema.extend({ type: z.literal('page') }),
        segmentPageSchema.extend({ type: z.literal('screen') }),
        segmentGroupSchema.extend({ type: z.literal('group') }),
        segmentAliasSchema.extend({ type: z.literal('alias') }),
      ]),
    )
    .min(1)
    .max(10_000),
});
export type SegmentBatch = z.infer<typeof segmentBatchSchema>;

/** Segment's API answers `{ success: true }`. */
export const segmentTrackingResponseSchema = z.object({ success: z.literal(true) });
export type SegmentTrackingResponse = z.infer<typeof segmentTrackingResponseSchema>;
