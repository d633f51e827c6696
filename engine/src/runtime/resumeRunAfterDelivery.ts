import { deliveryWaitEvent } from '../nodes/send';
import type { SqlClient } from '../ports/sqlClient';
import { runColumns, runFromRow } from '../step/runRecord';
import { advanceRun } from './advanceRun';
import { createStepEnv, type Engine, loadCustomers } from './engine';
import { flushWrites } from './flushWrites';

export type DeliveryOutcome = {
  readonly runId: string;
  readonly nodeId: string;
  readonly visit: number;
  readonly outcome: 'sent' | 'delivered' | 'failed';
  readonly reason?: string | undefined;
};

/**
 * Called by the delivery worker (in its own transaction `tx`) when a message's outcome is final. A run
 * parked on that send node and visit — it is only parked when the node's `failed` handle is connected —
 * leaves through `failed` or `next`. Anything else (run moved on, ended, another visit) is a no-op, so a
 * repeated call is harmless. Returns whether a run was resumed.
 */
export async function resumeRunAfterDelivery(
  engine: Engine,
  tx: SqlClient,
  outcome: DeliveryOutcome,
): Promise<boolean> {
  const [row] = await tx.query(
    `select ${runColumns} from runs where id = $1 and current_node = $2 and waiting_event = $3 and status = 'waiting'
       and coalesce((visits->>$2)::int, 0) = $4 for update`,
    [outcome.runId, outcome.nodeId, deliveryWaitEvent, outcome.visit],
  );
  if (!row) return false;
  const run = runFromRow(row);
  const version = await engine.versions.get(tx, run.versionId);
  if (!version) return false;
  const now = engine.ports.clock.now();
  const env = createStepEnv(engine, tx, now);
  await loadCustomers(env, [run.customerId]);
  await advanceRun(env, run, version, {
    kind: 'delivery',
    outcome: outcome.outcome,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
  });
  await flushWrites(tx, env.writes, now);
  return true;
}
