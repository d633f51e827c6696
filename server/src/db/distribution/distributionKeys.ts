import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

// The Citus readiness rules (issue 15, docs/scaling.md): every workspace-scoped table carries `workspace_id`
// and every primary or unique key of it includes `workspace_id`, so each table can be distributed by
// `workspace_id`. The few cross-workspace tables become Citus reference tables and are listed here.

/**
 * Cross-workspace tables (Citus reference tables, copied to every node). Each is small and is read
 * BEFORE the workspace is known, by a global key:
 * - workspaces: the tenant list itself.
 * - users: sign-in looks a user up by e-mail (globally unique) before any workspace is chosen.
 * - sessions: a cookie token is resolved to a user and workspace by its hash alone.
 * - api_keys: an API key is resolved to its workspace by its hash alone.
 * - invitations: an invitation link is resolved by its token hash alone.
 * - delivery_rate_windows: provider rate windows are shared by every delivery worker; the key names the
 *   workspace, but a provider account may be shared, and the table holds only the last few windows.
 * - audience_job_runs: one row per scheduler slot (the lock the audience scheduler takes), not tenant data.
 */
export const REFERENCE_TABLES: readonly string[] = [
  'workspaces',
  'users',
  'sessions',
  'api_keys',
  'invitations',
  'delivery_rate_windows',
  'audience_job_runs',
];

/**
 * Keys that still break the rule, each with the reason it was not changed yet. This is the ONE place
 * known gaps are listed (mirrored in docs/scaling.md "Known gaps"); the test fails on anything else and
 * on an entry here that no longer exists, so the list only ever shrinks.
 * Format: `table.constraint_or_index_name`.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {};

export type DistributionViolation = {
  readonly table: string;
  readonly key?: string;
  readonly problem: string;
};

type KeyRow = { table_name: string; key_name: string; columns: string[] | string };

/** Reads tables, columns and every primary/unique key (constraints and unique indexes) from pg_catalog. */
export const findDistributionViolations = async (sql: SqlClient): Promise<DistributionViolation[]> => {
  const tables = await sql.query<{ table_name: string; has_workspace_id: boolean }>(
    `select t.table_name,
            exists (select 1 from information_schema.columns c
                     where c.table_schema = t.table_schema and c.table_name = t.table_name
                       and c.column_name = 'workspace_id') as has_workspace_id
       from information_schema.tables t
      where t.table_schema = 'public' and t.table_type in ('BASE TABLE', 'PARTITIONED TABLE')
      order by t.table_name`,
  );
  // Unique indexes cover both PRIMARY KEY / UNIQUE constraints and bare CREATE UNIQUE INDEX.
  const keys = await sql.query<KeyRow>(
    `select tbl.relname as table_name, idx.relname as key_name,
            array(select a.attname from unnest(i.indkey) with ordinality as k(attnum, ord)
                    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                   order by k.ord)::text[] as columns
       from pg_index i
       join pg_class idx on idx.oid = i.indexrelid
       join pg_class tbl on tbl.oid = i.indrelid
       join pg_namespace n on n.oid = tbl.relnamespace
      where n.nspname = 'public' and i.indisunique
      order by tbl.relname, idx.relname`,
  );
  const violations: DistributionViolation[] = [];
  for (const { table_name, has_workspace_id } of tables) {
    if (REFERENCE_TABLES.includes(table_name)) continue;
    if (!has_workspace_id) violations.push({ table: table_name, problem: 'no workspace_id column' });
  }
  for (const { table_name, key_name, columns } of keys) {
    if (REFERENCE_TABLES.includes(table_name)) continue;
    const list = typeof columns === 'string' ? parseTextArray(columns) : columns;
    if (!list.includes('workspace_id')) {
      violations.push({
        table: table_name,
        key: key_name,
        problem: `key (${list.join(', ')}) does not include workspace_id`,
      });
    }
  }
  return violations;
};

/** `{a,b}` → ['a', 'b'] (a driver may hand back a text[] unparsed). */
const parseTextArray = (text: string): string[] =>
  text
    .replace(/^\{|\}$/g, '')
    .split(',')
    .map((part) => part.replace(/^"|"$/g, ''))
    .filter((part) => part.length > 0);
