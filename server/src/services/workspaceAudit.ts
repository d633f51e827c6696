import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { WorkspaceAuditEntry, WorkspaceAuditQuery } from '@journeyflow/shared/api/audit';
import { ValidationFailedError } from '../errors/domainErrors';

export const AUDIT_PAGE_SIZE = 100;

type AuditRow = {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  actor_name: string | null;
  before: unknown;
  after: unknown;
  before_hash: string | null;
  after_hash: string | null;
  details: unknown;
  created_at: string | Date;
};

const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

const toEntry = (row: AuditRow): WorkspaceAuditEntry => ({
  id: row.id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  actorId: row.actor_id,
  actorName: row.actor_name,
  ...(row.before === null ? {} : { before: parseJson(row.before) }),
  ...(row.after === null ? {} : { after: parseJson(row.after) }),
  beforeHash: row.before_hash,
  afterHash: row.after_hash,
  details: (parseJson(row.details) ?? {}) as Record<string, unknown>,
  createdAt: new Date(row.created_at).toISOString(),
});

/** The cursor is the last entry's (time, id), opaque to clients. */
const encodeCursor = (entry: WorkspaceAuditEntry) =>
  Buffer.from(`${entry.createdAt}|${entry.id}`, 'utf8').toString('base64url');

const decodeCursor = (cursor: string): { at: string; id: string } => {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) {
    throw new ValidationFailedError('Invalid cursor', { code: 'invalid_cursor' });
  }
  return { at, id };
};

/**
 * A page of the workspace's audit trail, newest first. `entity` is a type (`segment`) or `type:id`;
 * `actor` a user id, an email or `api_key:<id>`; `from`/`to` bound the time (inclusive, exclusive).
 */
export const listWorkspaceAudit = async (
  sql: SqlClient,
  workspaceId: string,
  query: WorkspaceAuditQuery,
): Promise<{ items: WorkspaceAuditEntry[]; nextCursor: string | null }> => {
  const where = ['a.workspace_id = $1'];
  const params: unknown[] = [workspaceId];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (query.entity) {
    const split = query.entity.indexOf(':');
    add((n) => `a.entity_type = ${n}`, split < 0 ? query.entity : query.entity.slice(0, split));
    if (split >= 0) add((n) => `a.entity_id = ${n}`, query.entity.slice(split + 1));
  }
  if (query.actor) add((n) => `(a.actor_id = ${n} or lower(u.email) = lower(${n}))`, query.actor);
  if (query.from) add((n) => `a.created_at >= ${n}::timestamptz`, query.from);
  if (query.to) add((n) => `a.created_at < ${n}::timestamptz`, query.to);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    params.push(cursor.at, cursor.id);
    where.push(
      `(a.created_at < $${params.length - 1}::timestamptz or (a.created_at = $${params.length - 1}::timestamptz and a.id < $${params.length}))`,
    );
  }
  const limit = query.limit ?? AUDIT_PAGE_SIZE;
  params.push(limit + 1);
  const rows = await sql.query<AuditRow>(
    `select a.id, a.action, a.entity_type, a.entity_id, a.actor_id, u.name as actor_name, a.before, a.after,
            a.before_hash, a.after_hash, a.details, a.created_at
       from audit_log a left join users u on u.id = a.actor_id
      where ${where.join(' and ')}
      order by a.created_at desc, a.id desc
      limit $${params.length}`,
    params,
  );
  const items = rows.slice(0, limit).map(toEntry);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
};
