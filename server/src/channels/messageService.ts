import type { SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type { Message, MessageListQuery } from '@journeyflow/shared/api/messages';
import type { Page } from '@journeyflow/shared/api/paging';
import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import { keysetPage, newestFirst } from '../services/paging/keysetPage';

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

const asObject = (value: unknown): Record<string, unknown> => {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
};

/** An outbox row as `GET /api/messages` shows it (SPEC §6); SMS gets its SMS/LMS/MMS `type`. */
export const toMessage = (row: SqlRow): Message => {
  const rendered = asObject(row.rendered);
  const withType =
    row.channel === 'sms' && typeof rendered.text === 'string'
      ? { ...rendered, type: classifySms(rendered as { text: string }).type }
      : rendered;
  // A test send belongs to no journey, run or step; its row keeps '' there (the columns are not null).
  const orNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    id: String(row.id),
    journeyId: orNull(row.journey_id),
    runId: orNull(row.run_id),
    externalId: String(row.external_id),
    nodeId: orNull(row.node_id),
    channel: row.channel as Message['channel'],
    purpose: row.purpose as Message['purpose'],
    status: row.status as Message['status'],
    rendered: withType,
    reason: (row.reason as string | null) ?? null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    ...(row.test === true || row.test === 't' ? { test: true } : {}),
  };
};

/** The filters of `GET /api/messages` (and its export) as SQL on the outbox; appends to `params`. */
export const messageListWhere = (
  workspaceId: string,
  query: Omit<MessageListQuery, 'limit'>,
  params: unknown[],
  alias = '',
): string[] => {
  const prefix = alias ? `${alias}.` : '';
  params.push(workspaceId);
  const where = [`${prefix}workspace_id = $${params.length}`];
  for (const [column, value] of [
    ['journey_id', query.journeyId],
    ['external_id', query.externalId],
    ['channel', query.channel],
    ['status', query.status],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${prefix}${column} = $${params.length}`);
  }
  // Test sends are listed only when asked for (`test=true`); every other list shows real messages only.
  where.push(query.test === 'true' ? `${prefix}test` : `not ${prefix}test`);
  return where;
};

/** The messages log: the workspace's outbox, newest first, filtered. */
export const listMessages = async (
  sql: SqlClient,
  workspaceId: string,
  query: MessageListQuery,
): Promise<Message[]> => {
  const params: unknown[] = [];
  const where = messageListWhere(workspaceId, query, params);
  params.push(query.limit ?? 100);
  const rows = await sql.query(
    `select id, journey_id, run_id, external_id, node_id, channel, purpose, status, rendered, reason, created_at,
            updated_at, test
     from outbox where ${where.join(' and ')} order by created_at desc, id desc limit $${params.length}`,
    params,
  );
  return rows.map(toMessage);
};

/** `GET /api/messages?cursor=`: the same log a page at a time on `(created_at, id)`, newest first. */
export const pageMessages = async (
  sql: SqlClient,
  workspaceId: string,
  query: MessageListQuery,
  cursor: string,
): Promise<Page<Message>> => {
  const params: unknown[] = [];
  const where = messageListWhere(workspaceId, query, params, 'o');
  const page = await keysetPage<SqlRow>(sql, {
    scope: 'messages',
    select: `o.id, o.journey_id, o.run_id, o.external_id, o.node_id, o.channel, o.purpose, o.status, o.rendered,
             o.reason, o.created_at, o.updated_at`,
    from: 'outbox o',
    where,
    params,
    ...newestFirst('o'),
    cursor,
    limit: query.limit ?? 100,
  });
  return { ...page, items: page.items.map(toMessage) };
};
