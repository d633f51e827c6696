import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { compileCondition } from './compileCondition';
import { loadSegmentRefs } from './loadSegmentRefs';
import { SegmentSubqueries } from './segmentSubqueries';
import type { SegmentTransition } from './segmentTransition';
import { SqlParams } from './sqlParams';

export type RefreshOptions = { readonly now: Date; readonly defaultTimezone?: string };

/**
 * Recomputes a dynamic segment's whole membership in one set-based statement (the scheduled full
 * refresh, and on create/edit). Returns who entered and left since the last evaluation. Static
 * segments are left alone: their members come from imports.
 */
export const refreshSegment = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
  options: RefreshOptions,
): Promise<SegmentTransition[]> => {
  const refs = await loadSegmentRefs(sql, workspaceId);
  const ref = refs.get(segmentId);
  if (ref?.type !== 'dynamic' || !ref.condition) return [];
  const params = new SqlParams([workspaceId, segmentId, options.now.toISOString()]);
  const subqueries = new SegmentSubqueries();
  const where = compileCondition(
    ref.condition,
    {
      workspaceId,
      now: options.now,
      segments: refs,
      defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
      subqueries,
    },
    params,
  );
  const withList = [...subqueries.definitions(), ''].join(', ');
  const rows = await sql.query<{ kind: 'entered' | 'exited'; customer_id: string }>(
    `with ${withList}matched as (select c.id from customers c where c.workspace_id = $1 and ${where}),
     ins as (
       insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
       select $2, id, $1, $3::timestamptz from matched on conflict do nothing returning customer_id
     ),
     del as (
       delete from segment_members m where m.segment_id = $2
         and not exists (select 1 from matched x where x.id = m.customer_id) returning m.customer_id
     )
     select 'entered' as kind, customer_id from ins union all select 'exited' as kind, customer_id from del`,
    params.values,
  );
  await sql.query(
    `update segments set member_count = (select count(*) from segment_members where segment_id = $1),
       refreshed_at = $2::timestamptz, last_error = null, failed_at = null where id = $1`,
    [segmentId, options.now.toISOString()],
  );
  return rows.map((row) => ({ segmentId, customerId: row.customer_id, kind: row.kind }));
};

/** What a failed refresh leaves on the segment row for its workspace to see (not a stack or SQL). */
const failureText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * `refreshSegment` whose failure is recorded on the segment (`last_error`, `failed_at`, shown on the
 * segments page) instead of thrown: one broken segment never stops the others, nor fails the request
 * that saved it. Returns no transitions when it failed.
 */
export const refreshSegmentRecorded = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
  options: RefreshOptions & { readonly onError?: (error: unknown) => void },
): Promise<SegmentTransition[]> => {
  try {
    return await refreshSegment(sql, workspaceId, segmentId, options);
  } catch (error) {
    options.onError?.(error);
    await sql.query(
      'update segments set last_error = $3, failed_at = $4::timestamptz where workspace_id = $1 and id = $2',
      [workspaceId, segmentId, failureText(error), options.now.toISOString()],
    );
    return [];
  }
};

/**
 * The scheduled job: every dynamic segment of every workspace (or one workspace). A segment that fails
 * is recorded on its row and skipped; the others are still refreshed.
 */
export const refreshAllSegments = async (
  sql: SqlClient,
  options: RefreshOptions & {
    readonly workspaceId?: string;
    readonly onError?: (segment: { id: string; workspaceId: string }, error: unknown) => void;
  },
): Promise<SegmentTransition[]> => {
  const segments = await sql.query<{ id: string; workspace_id: string }>(
    `select id, workspace_id from segments where type = 'dynamic' ${options.workspaceId ? 'and workspace_id = $1' : ''}
      order by workspace_id, id`,
    options.workspaceId ? [options.workspaceId] : [],
  );
  const all: SegmentTransition[] = [];
  for (const segment of segments) {
    // Appended one by one: spreading a large workspace's transitions into push() overflows the stack.
    const onError = (error: unknown) =>
      options.onError?.({ id: segment.id, workspaceId: segment.workspace_id }, error);
    const transitions = await refreshSegmentRecorded(sql, segment.workspace_id, segment.id, {
      ...options,
      onError,
    });
    for (const transition of transitions) all.push(transition);
  }
  return all;
};
