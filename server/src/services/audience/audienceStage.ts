import type { AudienceStage } from '@journeyflow/engine/ingest/audienceStage';
import { toTrackedEvent } from './audienceEvent';
import { gradeChangedEvents } from './evaluateGrades';
import { refreshAudience } from './refreshAudience';

/**
 * The audience area's stage of the engine's ingestion transaction: RFM for purchasers, then grades, then
 * every dynamic segment, for exactly the customers the batch touched. Grade changes go back to the engine
 * as `grade_changed` events and segment entries as `entry.segment` starts, in the same transaction.
 */
export const createAudienceStage =
  (purchaseEvent = 'purchase'): AudienceStage =>
  async (tx, workspaceId, input) => {
    const change = await refreshAudience(tx, workspaceId, input.customerIds, {
      now: input.now,
      purchasers: input.events.filter((e) => e.name === purchaseEvent).map((e) => e.customerId),
    });
    const bySegment = new Map<string, string[]>();
    for (const t of change.transitions) {
      if (t.kind !== 'entered') continue;
      bySegment.set(t.segmentId, [...(bySegment.get(t.segmentId) ?? []), t.customerId]);
    }
    return {
      events: gradeChangedEvents(change.gradeChanges).map(toTrackedEvent),
      segmentEntries: [...bySegment].map(([segmentId, customerIds]) => ({ segmentId, customerIds })),
    };
  };
