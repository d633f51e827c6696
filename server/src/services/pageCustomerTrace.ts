import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Page } from '@journeyflow/shared/api/paging';
import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { NotFoundError } from '../errors/domainErrors';
import { keysetPage } from './paging/keysetPage';
import { withStepNames } from './runsService';

// Run steps and refused entries in one time line, so a page boundary never splits them out of order.
// Refusals have no run: they sort after the steps of the same instant (src = 1), keyed by their own key.
const TRACE_LINE = `(
  select t.at, 0 as src, t.run_id as rk, t.seq, t.id, t.journey_id, t.version, t.run_id, t.node_id, t.node_type,
         t.handle, t.reason, t.code, t.params, null::int as attempts
    from run_trace t where t.workspace_id = $1 and t.customer_id = $2 and ($3::text is null or t.journey_id = $3)
  union all
  select f.first_at, 1, f.journey_id || '|' || f.code, 0, f.window_start::text, f.journey_id, f.version, null,
         f.node_id, f.node_type, null, f.reason, f.code, f.params, f.attempts
    from entry_refusals f where f.workspace_id = $1 and f.customer_id = $2 and ($3::text is null or f.journey_id = $3)
) x`;

const toEntry = (r: Record<string, unknown>): TraceEntry => {
  const params = typeof r.params === 'string' ? JSON.parse(r.params) : r.params;
  // Run steps and refusals both carry a code + params (the web says them in the reader's language).
  return {
    at: new Date(r.at as string).toISOString(),
    journeyId: String(r.journey_id),
    version: Number(r.version),
    ...(r.run_id ? { runId: String(r.run_id) } : {}),
    nodeId: String(r.node_id),
    nodeType: String(r.node_type),
    ...(r.handle ? { handle: String(r.handle) } : {}),
    reason: String(r.reason),
    ...(r.code ? { code: String(r.code), params: (params ?? {}) as Record<string, unknown> } : {}),
    ...(r.attempts !== null && r.attempts !== undefined ? { attempts: Number(r.attempts) } : {}),
  };
};

/** `GET /api/customers/:externalId/trace?cursor=`: the customer's trace a page at a time, oldest first. */
export async function pageCustomerTrace(
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
  query: { journeyId?: string | undefined; limit?: number | undefined },
  cursor: string,
): Promise<Page<TraceEntry>> {
  const [customer] = await sql.query<{ id: string }>(
    'select id from customers where workspace_id = $1 and external_id = $2',
    [workspaceId, externalId],
  );
  if (!customer) throw new NotFoundError('Customer');
  const page = await keysetPage<Record<string, unknown>>(sql, {
    scope: `trace:${externalId}`,
    select: 'x.*',
    from: TRACE_LINE,
    where: ['true'],
    params: [workspaceId, customer.id, query.journeyId ?? null],
    keys: [
      { expr: 'x.at', type: 'timestamptz' },
      { expr: 'x.src', type: 'int' },
      { expr: 'x.rk', type: 'text' },
      { expr: 'x.seq', type: 'int' },
      { expr: 'x.id', type: 'text' },
    ],
    direction: 'asc',
    cursor,
    limit: query.limit ?? 200,
  });
  return { ...page, items: await withStepNames(sql, workspaceId, page.items.map(toEntry)) };
}
