import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { refusalTrace } from '@journeyflow/engine/step/entryRefusals';
import type { Role } from '@journeyflow/shared/api/auth';
import type { JourneyRun, JourneyRunQuery } from '@journeyflow/shared/api/journeys';
import type { Page } from '@journeyflow/shared/api/paging';
import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { maskPhone, personalDataFor } from '@journeyflow/shared/audience/personalData';
import { NotFoundError } from '../errors/domainErrors';
import { keysetPage, newestFirst } from './paging/keysetPage';

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();
const publicStatus = (status: string) => (status === 'paused' ? 'waiting' : status) as JourneyRun['status'];

/** A run as the API shows it; the customer's name and phone masked by the reader's role (phone always masked). */
const toRun =
  (role: Role) =>
  (r: Record<string, unknown>): JourneyRun => ({
    id: String(r.id),
    journeyId: String(r.journey_id),
    version: Number(r.version),
    externalId: String(r.external_id),
    status: publicStatus(String(r.status)),
    currentNodeId: (r.current_node as string | null) ?? null,
    wakeAt: r.wake_at ? iso(r.wake_at) : null,
    waitingFor: r.waiting_event && !String(r.waiting_event).startsWith('__') ? String(r.waiting_event) : null,
    enteredAt: iso(r.entered_at),
    updatedAt: iso(r.updated_at),
    customerName: personalDataFor(role, 'name', r.customer_name),
    phoneMasked:
      typeof r.customer_phone === 'string' && r.customer_phone ? maskPhone(r.customer_phone) : null,
  });

const RUN_COLUMNS = `r.id, r.journey_id, r.version, c.external_id, r.status, r.current_node, r.wake_at, r.waiting_event,
       r.entered_at, r.updated_at, c.attributes ->> 'name' as customer_name,
       coalesce(c.phone, c.attributes ->> 'phone') as customer_phone`;

const runStatuses = (query: JourneyRunQuery) =>
  query.status === 'waiting' ? ['waiting', 'paused'] : query.status ? [query.status] : null;

/** Customers in a journey (any version), optionally on one node or in one status; newest first. */
export async function listJourneyRuns(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
  query: JourneyRunQuery,
  role: Role = 'marketer',
): Promise<JourneyRun[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select ${RUN_COLUMNS}
     from runs r join customers c on c.id = r.customer_id and c.workspace_id = r.workspace_id
     where r.workspace_id = $1 and r.journey_id = $2 and ($3::text is null or r.current_node = $3)
       and ($4::text[] is null or r.status = any($4::text[]))
     order by r.entered_at desc, r.id limit $5`,
    [workspaceId, journeyId, query.nodeId ?? null, runStatuses(query), query.limit ?? 100],
  );
  return rows.map(toRun(role));
}

/** `GET /api/journeys/:id/runs?cursor=`: the same list a page at a time on `(entered_at, id)`. */
export async function pageJourneyRuns(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
  query: JourneyRunQuery,
  cursor: string,
  role: Role = 'marketer',
): Promise<Page<JourneyRun>> {
  const page = await keysetPage<Record<string, unknown>>(sql, {
    scope: `runs:${journeyId}`,
    select: RUN_COLUMNS,
    from: 'runs r join customers c on c.id = r.customer_id and c.workspace_id = r.workspace_id',
    where: [
      'r.workspace_id = $1',
      'r.journey_id = $2',
      '($3::text is null or r.current_node = $3)',
      '($4::text[] is null or r.status = any($4::text[]))',
    ],
    params: [workspaceId, journeyId, query.nodeId ?? null, runStatuses(query)],
    ...newestFirst('r', 'entered_at'),
    cursor,
    limit: query.limit ?? 100,
  });
  return { ...page, items: page.items.map(toRun(role)) };
}

/** Every step of a customer's runs, oldest first: "why didn't this customer get the message?". */
export async function customerTrace(
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
  journeyId: string | undefined,
): Promise<TraceEntry[]> {
  const [customer] = await sql.query<{ id: string }>(
    'select id from customers where workspace_id = $1 and external_id = $2',
    [workspaceId, externalId],
  );
  if (!customer) throw new NotFoundError('Customer');
  const rows = await sql.query<Record<string, unknown>>(
    `select at, journey_id, version, run_id, node_id, node_type, handle, reason, code, params from run_trace
     where workspace_id = $1 and customer_id = $2 and ($3::text is null or journey_id = $3)
     order by at, run_id, seq limit 5000`,
    [workspaceId, customer.id, journeyId ?? null],
  );
  const steps: TraceEntry[] = rows.map((r) => ({
    at: iso(r.at),
    journeyId: String(r.journey_id),
    version: Number(r.version),
    runId: String(r.run_id),
    nodeId: String(r.node_id),
    nodeType: String(r.node_type),
    ...(r.handle ? { handle: String(r.handle) } : {}),
    reason: String(r.reason),
    ...(r.code ? { code: String(r.code), params: (r.params ?? {}) as Record<string, unknown> } : {}),
  }));
  // Refused entries have no run; they sit beside the runs' steps in time order (stable: steps first).
  const refusals = await refusalTrace(sql, { workspaceId, customerId: customer.id, journeyId });
  const all =
    refusals.length === 0
      ? steps
      : [...steps, ...refusals].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return withStepNames(sql, workspaceId, all);
}

/**
 * Each entry with its step's name and the journey's timezone from the version it ran on, so the reader
 * sees "'상품 조회' 단계" in the journey's time, never a node id.
 */
export async function withStepNames(
  sql: SqlClient,
  workspaceId: string,
  entries: TraceEntry[],
): Promise<TraceEntry[]> {
  const journeyIds = [...new Set(entries.map((entry) => entry.journeyId))];
  if (journeyIds.length === 0) return entries;
  const versions = await sql.query<{
    journey_id: string;
    version: number;
    graph: unknown;
    timezone: string | null;
  }>(
    `select journey_id, version, graph, settings->>'timezone' as timezone from journey_versions
     where workspace_id = $1 and journey_id = any($2::text[]) and status is not null`,
    [workspaceId, journeyIds],
  );
  const byVersion = new Map(
    versions.map((row) => {
      const graph = (typeof row.graph === 'string' ? JSON.parse(row.graph) : row.graph) as {
        nodes?: { id: string; label?: string }[];
      };
      const labels = new Map((graph.nodes ?? []).map((node) => [node.id, node.label ?? '']));
      return [`${row.journey_id}:${row.version}`, { labels, timezone: row.timezone }] as const;
    }),
  );
  return entries.map((entry) => {
    const version = byVersion.get(`${entry.journeyId}:${entry.version}`);
    const label = version?.labels.get(entry.nodeId);
    return {
      ...entry,
      ...(label ? { nodeLabel: label } : {}),
      ...(version?.timezone ? { timezone: version.timezone } : {}),
    };
  });
}
