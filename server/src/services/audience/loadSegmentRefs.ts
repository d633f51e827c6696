import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Condition } from '@journeyflow/shared/journey/condition';
import type { SegmentRef } from './compileCondition';

/** Every segment of the workspace, so `{ segment, in }` leaves can be compiled (dynamic ones inline). */
export const loadSegmentRefs = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<ReadonlyMap<string, SegmentRef>> => {
  const rows = await sql.query<{ id: string; type: string; condition: Condition | null }>(
    'select id, type, condition from segments where workspace_id = $1',
    [workspaceId],
    // Fixed text, read by every audience-aware ingestion batch (click batches included): parsed and planned once.
    { prepare: true },
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { type: row.type === 'dynamic' ? 'dynamic' : 'static', condition: row.condition ?? null } as const,
    ]),
  );
};
