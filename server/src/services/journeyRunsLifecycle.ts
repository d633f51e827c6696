import {
  archiveJourneyTx,
  pauseJourneyTx,
  resumeJourneyTx,
} from '@journeyflow/engine/lifecycle/journeyLifecycle';
import type { SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import { type SQL, sql } from 'drizzle-orm';
import type { OrmTx } from '../db/database';

/**
 * The engine's raw SQL on a drizzle transaction handle: `$n` placeholders become drizzle parameters.
 * Scalar parameters only (what the lifecycle statements use).
 */
export const ormTxSqlClient = (tx: OrmTx, kind: SqlClient['kind']): SqlClient => {
  const client: SqlClient = {
    kind,
    async query<T extends SqlRow = SqlRow>(text: string, params: readonly unknown[] = []) {
      const chunks: SQL[] = [];
      const parts = text.split(/\$(\d+)/);
      for (let i = 0; i < parts.length; i++) {
        if (i % 2 === 0) chunks.push(sql.raw(parts[i] ?? ''));
        else chunks.push(sql`${params[Number(parts[i]) - 1]}`);
      }
      const result = (await tx.execute(sql.join(chunks))) as unknown;
      return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
    },
    transaction: (fn) => fn(client),
  };
  return client;
};

/**
 * Pause, resume and archive reach the runs and the queued messages in the journey's own transaction
 * (`changeLifecycle`), so they stop at once; the broadcast that follows only refreshes caches.
 */
export const applyLifecycleToRuns = async (
  tx: OrmTx,
  kind: SqlClient['kind'],
  journeyId: string,
  action: 'pause' | 'resume' | 'archive',
  now: Date,
): Promise<void> => {
  const client = ormTxSqlClient(tx, kind);
  const at = now.toISOString();
  if (action === 'pause') await pauseJourneyTx(client, journeyId, at);
  else if (action === 'resume') await resumeJourneyTx(client, journeyId, at);
  else await archiveJourneyTx(client, journeyId, at);
};
