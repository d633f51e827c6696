import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentTransition } from './segmentTransition';

/** Keeps `segments.member_count` in step with incremental transitions (the list page reads it). */
export const recordMemberCountDeltas = async (
  sql: SqlClient,
  transitions: readonly SegmentTransition[],
): Promise<void> => {
  const deltas = new Map<string, number>();
  for (const t of transitions)
    deltas.set(t.segmentId, (deltas.get(t.segmentId) ?? 0) + (t.kind === 'entered' ? 1 : -1));
  const changed = [...deltas].filter(([, delta]) => delta !== 0);
  if (changed.length === 0) return;
  await sql.query(
    `update segments s set member_count = greatest(0, s.member_count + x.d)
       from unnest($1::text[], $2::int[]) as x(id, d) where s.id = x.id`,
    [changed.map(([id]) => id), changed.map(([, delta]) => delta)],
  );
};
