import type { Engine } from '../runtime/engine';
import { resumeRunAfterDelivery } from '../runtime/resumeRunAfterDelivery';
import type { DeliveryOutcomeHook } from './outboxMessage';

/**
 * The one way a recorded delivery outcome reaches the engine: a run parked on the send node (its `failed`
 * handle connected) leaves through `failed` or `next` in the transaction that records the outcome. The
 * delivery worker and the provider status callback (`reportDeliveryStatus`) both use it.
 */
export const resumeOnOutcome =
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
