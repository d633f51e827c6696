import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { ValidationFailedError } from '../../errors/domainErrors';
import { newIds } from '../../ids';
import { type ImportRow, type ImportSource, type RejectedRow, readImportRows } from './readImportRows';
import { getSegment } from './segmentStore';

export type ImportOptions = {
  /** Create customers for unknown ids (default true); otherwise those rows are reported and skipped. */
  readonly createUnknown?: boolean;
  /** Report only: nothing is written. */
  readonly dryRun?: boolean;
};

export type ImportOutcome = Omit<SegmentImportResponse, 'rejected'> & {
  readonly rejected: RejectedRow[];
  /** Customers who were not members before, for `entry.segment` journeys. */
  readonly enteredCustomerIds: string[];
};

const CHUNK = 20_000;

/**
 * One chunk in one statement: the rows travel as a single JSON parameter (cheaper to send and parse
 * than three text arrays); known customers are found by external id, their attributes merged only
 * when the row changes them; unknown ones are created (a concurrent create is merged, not duplicated);
 * then all of them join the segment. Returns the customers who were not members before.
 */
const IMPORT_CHUNK_SQL = `
with x as (
  select r.i as id, r.e as external_id, coalesce(r.a, '{}'::jsonb) as attributes
    from jsonb_to_recordset($2::text::jsonb) as r(i text, e text, a jsonb)
),
found as (
  select c.id, c.external_id from customers c
   where c.workspace_id = $1 and c.external_id in (select external_id from x)
),
merged as (
  update customers c set attributes = c.attributes || x.attributes, updated_at = $4::timestamptz
    from x
   where c.workspace_id = $1 and c.external_id = x.external_id
     and x.attributes <> '{}'::jsonb and not c.attributes @> x.attributes
),
created as (
  insert into customers (id, workspace_id, external_id, attributes, created_at, updated_at)
  select x.id, $1, x.external_id, x.attributes, $4::timestamptz, $4::timestamptz
    from x
   where not exists (select 1 from customers c where c.workspace_id = $1 and c.external_id = x.external_id)
  on conflict (workspace_id, external_id) do update
    set attributes = customers.attributes || excluded.attributes,
        updated_at = case when excluded.attributes = '{}'::jsonb then customers.updated_at else excluded.updated_at end
  returning id
)
insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
select $3, m.id, $1, $4::timestamptz from (select id from found union all select id from created) m
on conflict do nothing
returning customer_id`;

/** The rows' ids that are existing customers of the workspace (one indexed query per chunk). */
const knownIds = async (sql: SqlClient, workspaceId: string, rows: readonly ImportRow[]) => {
  const known = new Set<string>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const ids = rows.slice(start, start + CHUNK).map((r) => r.externalId);
    const found = await sql.query<{ external_id: string }>(
      'select external_id from customers where workspace_id = $1 and external_id = any($2::text[])',
      [workspaceId, ids],
    );
    for (const row of found) known.add(row.external_id);
  }
  return known;
};

/**
 * Adds the rows to a static segment in one transaction, set-based in chunks of 20,000 rows (one
 * statement each): known customers are matched, attributes merged, membership rows inserted; unknown
 * ids become customers only with `createUnknown` (else they are reported by line, like bad rows). If
 * anything fails the transaction rolls back and nothing is imported. `dryRun` reports and writes nothing.
 */
export const importSegmentMembers = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
  source: ImportSource,
  now: Date,
  options: ImportOptions = {},
): Promise<ImportOutcome> => {
  const segment = await getSegment(sql, workspaceId, segmentId);
  if (segment.type !== 'static') {
    throw new ValidationFailedError(
      'Import into a static segment; dynamic segments are defined by their condition',
    );
  }
  const read = readImportRows(source);
  const createUnknown = options.createUnknown ?? true;
  const known = await knownIds(sql, workspaceId, read.rows);
  const unknownRows = read.rows.filter((r) => !known.has(r.externalId));
  const rows = createUnknown ? read.rows : read.rows.filter((r) => known.has(r.externalId));
  const rejected: RejectedRow[] = createUnknown
    ? read.rejected
    : [
        ...read.rejected,
        ...unknownRows.map((r) => ({
          row: r.row,
          code: 'unknown' as const,
          reason: 'no customer has this externalId',
          externalId: r.externalId,
        })),
      ].sort((x, y) => x.row - y.row);
  const report = {
    imported: rows.length,
    rejected,
    matched: read.rows.length - unknownRows.length,
    unknown: unknownRows.length,
    created: createUnknown ? unknownRows.length : 0,
    invalid: read.rejected.filter((r) => r.code === 'invalid').length,
    duplicate: read.rejected.filter((r) => r.code === 'duplicate').length,
    ...(read.idColumn ? { idColumn: read.idColumn } : {}),
  };
  if (options.dryRun) return { ...report, dryRun: true, enteredCustomerIds: [] };
  const at = now.toISOString();
  const entered = await sql.transaction(async (tx) => {
    const enteredIds: string[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const ids = newIds('cus', chunk.length);
      const payload = JSON.stringify(
        chunk.map((r, i) =>
          r.attributes ? { i: ids[i], e: r.externalId, a: r.attributes } : { i: ids[i], e: r.externalId },
        ),
      );
      const inserted = await tx.query<{ customer_id: string }>(IMPORT_CHUNK_SQL, [
        workspaceId,
        payload,
        segmentId,
        at,
      ]);
      for (const row of inserted) enteredIds.push(row.customer_id);
    }
    await tx.query(
      `update segments set member_count = (select count(*) from segment_members where segment_id = $1),
         refreshed_at = $2::timestamptz, updated_at = $2::timestamptz where id = $1`,
      [segmentId, at],
    );
    return enteredIds;
  });
  return { ...report, enteredCustomerIds: entered };
};
