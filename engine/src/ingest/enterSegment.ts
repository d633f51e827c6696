import type { SqlClient } from '../ports/sqlClient';
import { createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { tryEnter } from '../runtime/startRun';
import { customerColumns, customerFromRow } from '../step/customerRecord';

export type SegmentEntry = {
  readonly workspaceId: string;
  readonly segmentId: string;
  readonly customerIds: readonly string[];
};

/**
 * Starts `entry.segment` runs for customers who just joined a segment, in its own transaction; the
 * segments service calls it with the members a manual import or refresh reports as entering.
 */
export async function enterSegment(engine: Engine, args: SegmentEntry): Promise<number> {
  const { db } = engine.ports;
  await engine.index.ensureFresh(db);
  if (engine.index.segmentEntries(args.workspaceId, args.segmentId).length === 0) return 0;
  if (args.customerIds.length === 0) return 0;
  return db.transaction((tx) => enterSegmentInTx(engine, tx, args));
}

/** `enterSegment` in a transaction the caller holds (the audience stage of ingestion). */
export async function enterSegmentInTx(engine: Engine, tx: SqlClient, args: SegmentEntry): Promise<number> {
  const versions = engine.index.segmentEntries(args.workspaceId, args.segmentId);
  if (versions.length === 0 || args.customerIds.length === 0) return 0;
  const now = engine.ports.clock.now();
  const env = createStepEnv(engine, tx, now);
  const rows = await tx.query(
    `select ${customerColumns} from customers where workspace_id = $1 and id = any($2::text[])`,
    [args.workspaceId, args.customerIds],
  );
  let started = 0;
  for (const row of rows) {
    const customer = customerFromRow(row);
    for (const { version } of versions) {
      const entered = await tryEnter(env, version, {
        customer,
        key: `${customer.id}:segment:${now.toISOString()}`,
        trigger: null,
      });
      if (entered.run) started++;
    }
  }
  await flushWrites(tx, env.writes, now);
  return started;
}
