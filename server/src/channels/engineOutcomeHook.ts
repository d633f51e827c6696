import type { DeliveryOutcomeHook } from '@journeyflow/engine/delivery/outboxMessage';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import { resumeRunAfterDelivery } from '@journeyflow/engine/runtime/resumeRunAfterDelivery';

/**
 * Connects delivery outcomes to the engine: a run parked on a send node (its `failed` handle connected)
 * resumes on `failed` or `next` in the same transaction that records the outcome. Pass the result as
 * `onOutcome` to `createChannelServices`.
 */
export const engineOutcomeHook =
  (engine: Engine): DeliveryOutcomeHook =>
  async (tx, outcome) => {
    await resumeRunAfterDelivery(engine, tx, {
      runId: outcome.runId,
      nodeId: outcome.nodeId,
      visit: outcome.visit,
      outcome: outcome.outcome,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
    });
  };
