import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Customer, CustomerListQuery } from '@journeyflow/shared/api/customers';
import type { Message } from '@journeyflow/shared/api/messages';
import type { Page } from '@journeyflow/shared/api/paging';
import { consentStatus } from '@journeyflow/shared/audience/consentStatus';
import type { CustomerDetail } from '@journeyflow/shared/audience/customerDetail';
import { NotFoundError } from '../../errors/domainErrors';
import { keysetPage, newestFirst } from '../paging/keysetPage';
import { CUSTOMER_COLUMNS, type CustomerRow, toCustomer } from './customerView';

/**
 * The filters of `GET /api/customers?q=&segmentId=&grade=` (and its export) as SQL on alias `c`: `q`
 * matches the external id, name, email or phone (case-insensitive substring). Appends to `params`.
 */
export const customerListWhere = (
  workspaceId: string,
  query: Pick<CustomerListQuery, 'q' | 'segmentId' | 'grade'>,
  params: unknown[],
): string[] => {
  params.push(workspaceId);
  const where = [`c.workspace_id = $${params.length}`];
  if (query.q?.trim()) {
    params.push(`%${query.q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const p = `$${params.length}`;
    where.push(
      `(c.external_id ilike ${p} or c.attributes ->> 'name' ilike ${p} or coalesce(c.email, c.attributes ->> 'email') ilike ${p} or coalesce(c.phone, c.attributes ->> 'phone') ilike ${p})`,
    );
  }
  if (query.grade) {
    params.push(query.grade);
    where.push(`c.grade = $${params.length}`);
  }
  if (query.segmentId) {
    params.push(query.segmentId);
    where.push(
      `exists (select 1 from segment_members m where m.segment_id = $${params.length} and m.customer_id = c.id)`,
    );
  }
  return where;
};

/** `GET /api/customers?q=&segmentId=&grade=`: newest-updated first. */
export const listCustomers = async (
  sql: SqlClient,
  workspaceId: string,
  query: CustomerListQuery,
  now: Date,
): Promise<Customer[]> => {
  const params: unknown[] = [];
  const where = customerListWhere(workspaceId, query, params);
  params.push(query.limit ?? 50);
  const rows = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from customers c where ${where.join(' and ')}
      order by c.updated_at desc, c.id limit $${params.length}`,
    params,
  );
  return rows.map((row) => toCustomer(row, now));
};

/**
 * `GET /api/customers?cursor=`: the same search a page at a time. Paged on `(created_at, id)`, newest
 * first, because `updated_at` changes while someone pages (a row would jump pages and be seen twice).
 */
export const pageCustomers = async (
  sql: SqlClient,
  workspaceId: string,
  query: CustomerListQuery,
  cursor: string,
  now: Date,
): Promise<Page<Customer>> => {
  const params: unknown[] = [];
  const where = customerListWhere(workspaceId, query, params);
  const page = await keysetPage<CustomerRow>(sql, {
    scope: 'customers',
    select: CUSTOMER_COLUMNS,
    from: 'customers c',
    where,
    params,
    ...newestFirst('c'),
    cursor,
    limit: query.limit ?? 50,
  });
  return { ...page, items: page.items.map((row) => toCustomer(row, now)) };
};

export const findCustomerRow = async (
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
): Promise<CustomerRow> => {
  const [row] = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from customers c where c.workspace_id = $1 and c.external_id = $2`,
    [workspaceId, externalId],
  );
  if (!row) throw new NotFoundError('Customer');
  return row;
};

/** Everything the customer page shows, in a handful of indexed queries. */
export const getCustomerDetail = async (
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
  now: Date,
): Promise<CustomerDetail> => {
  const row = await findCustomerRow(sql, workspaceId, externalId);
  const [events, journeys, segments, history, messages] = await Promise.all([
    sql.query<{
      id: string;
      name: string;
      properties: Record<string, unknown>;
      ts: Date;
      message_id: string;
    }>(
      `select id, name, properties, ts, message_id from events where workspace_id = $1 and customer_id = $2
        order by ts desc limit 100`,
      [workspaceId, row.id],
    ),
    sql.query<{
      journey_id: string;
      journey_name: string | null;
      version: number;
      id: string;
      status: string;
      current_node: string | null;
      entered_at: Date;
    }>(
      `select r.journey_id, j.name as journey_name, r.version, r.id, r.status, r.current_node, r.entered_at
         from runs r left join journeys j on j.id = r.journey_id
        where r.workspace_id = $1 and r.customer_id = $2 order by r.entered_at desc limit 50`,
      [workspaceId, row.id],
    ),
    sql.query<{ id: string; name: string }>(
      `select s.id, s.name from segment_members m join segments s on s.id = m.segment_id
        where m.workspace_id = $1 and m.customer_id = $2 order by s.name`,
      [workspaceId, row.id],
    ),
    sql.query<{ from_grade: string | null; to_grade: string | null; reason: string; changed_at: Date }>(
      `select from_grade, to_grade, reason, changed_at from grade_history where workspace_id = $1 and customer_id = $2
        order by changed_at desc, id desc limit 50`,
      [workspaceId, row.id],
    ),
    sql.query<{
      id: string;
      journey_id: string;
      run_id: string;
      external_id: string;
      node_id: string;
      channel: Message['channel'];
      purpose: Message['purpose'];
      status: Message['status'];
      rendered: Record<string, unknown>;
      reason: string | null;
      created_at: Date;
      updated_at: Date;
    }>(
      `select id, journey_id, run_id, external_id, node_id, channel, purpose, status, rendered, reason, created_at, updated_at
         from outbox where workspace_id = $1 and customer_id = $2 order by created_at desc limit 50`,
      [workspaceId, row.id],
    ),
  ]);
  const iso = (value: Date | string) => new Date(value).toISOString();
  return {
    customer: toCustomer(row, now),
    recentEvents: events.map((e) => ({
      id: e.id,
      name: e.name,
      properties: e.properties ?? {},
      timestamp: iso(e.ts),
      messageId: e.message_id,
    })),
    journeys: journeys.map((j) => ({
      journeyId: j.journey_id,
      journeyName: j.journey_name ?? j.journey_id,
      version: Number(j.version),
      runId: j.id,
      status: j.status,
      currentNodeId: j.current_node,
      enteredAt: iso(j.entered_at),
    })),
    segments,
    consentStatus: consentStatus(row.consent ?? {}, now),
    gradeHistory: history.map((h) => ({
      from: h.from_grade,
      to: h.to_grade,
      reason: h.reason,
      changedAt: iso(h.changed_at),
    })),
    messages: messages.map((m) => ({
      id: m.id,
      journeyId: m.journey_id,
      runId: m.run_id,
      externalId: m.external_id,
      nodeId: m.node_id,
      channel: m.channel,
      purpose: m.purpose,
      status: m.status,
      rendered: m.rendered ?? {},
      reason: m.reason,
      createdAt: iso(m.created_at),
      updatedAt: iso(m.updated_at),
    })),
  };
};
