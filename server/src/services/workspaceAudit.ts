import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { WorkspaceAuditEntry, WorkspaceAuditQuery } from '@journeyflow/shared/api/audit';
import type { Page } from '@journeyflow/shared/api/paging';
import { keysetPage, newestFirst } from './paging/keysetPage';

export const AUDIT_PAGE_SIZE = 100;

type AuditRow = Record<string, unknown> & {
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

/**
 * A page of the workspace's audit trail, newest first. `entity` is a type (`segment`) or `type:id`;
 * `actor` a user id, an email or `api_key:<id>`; `from`/`to` bound the time (inclusive, exclusive).
 * Always the page envelope: the first answer (no cursor) was `{ items, nextCursor }` already.
 */
export const listWorkspaceAudit = async (
  sql: SqlClient,
  workspaceId: string,
  query: WorkspaceAuditQuery,
): Promise<Page<WorkspaceAuditEntry>> => {
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
  const page = await keysetPage<AuditRow>(sql, {
    scope: 'audit',
    select: `a.id, a.action, a.entity_type, a.entity_id, a.actor_id, u.name as actor_name, a.before, a.after,
            a.before_hash, a.after_hash, a.details, a.created_at`,
    from: 'audit_log a left join users u on u.id = a.actor_id',
    where,
    params,
    ...newestFirst('a'),
    cursor: query.cursor ?? '',
    limit: query.limit ?? AUDIT_PAGE_SIZE,
  });
  return { ...page, items: page.items.map(toEntry) };
};
