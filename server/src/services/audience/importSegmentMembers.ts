import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { ValidationFailedError } from '../../errors/domainErrors';
import { newIds } from '../../ids';
import { parseCsv } from './parseCsv';
import { getSegment } from './segmentStore';

/** One audience row: a customer by external id, optionally with attributes to merge into the profile. */
export type ImportRow = {
  readonly row: number;
  readonly externalId: string;
  readonly attributes?: Record<string, string>;
};

export type ImportSource =
  | { readonly kind: 'csv'; readonly text: string }
  | { readonly kind: 'json'; readonly externalIds: readonly unknown[] };

export type ImportOutcome = SegmentImportResponse & {
  /** Customers who were not members before, for `entry.segment` journeys. */
  readonly enteredCustomerIds: string[];
};

const MAX_EXTERNAL_ID = 255;
const CHUNK = 20_000;
const EXTERNAL_ID_HEADERS = new Set(['externalid', 'external_id', 'userid', 'user_id']);

/**
 * Turns a CSV (`externalId` column plus optional attribute columns) or a JSON id list into rows, and
 * the rows that cannot be imported into a row-level report. `row` is 1-based: the CSV line number
 * after the header line, or the array position + 1.
 */
export const readImportRows = (
  source: ImportSource,
): { rows: ImportRow[]; rejected: { row: number; reason: string }[] } => {
  const rows: ImportRow[] = [];
  const rejected: { row: number; reason: string }[] = [];
  const seen = new Map<string, number>();
  const problem = (raw: unknown): string | undefined => {
    if (typeof raw !== 'string') return 'externalId must be text';
    const externalId = raw.trim();
    if (externalId.length === 0) return 'externalId is empty';
    if (externalId.length > MAX_EXTERNAL_ID) return `externalId is longer than ${MAX_EXTERNAL_ID} characters`;
    const first = seen.get(externalId);
    return first === undefined ? undefined : `duplicate of row ${first}`;
  };
  const accept = (row: number, raw: unknown, attributes?: Record<string, string>): void => {
    const reason = problem(raw);
    if (reason) {
      rejected.push({ row, reason });
      return;
    }
    const externalId = (raw as string).trim();
    seen.set(externalId, row);
    rows.push(attributes ? { row, externalId, attributes } : { row, externalId });
  };
  if (source.kind === 'json') {
    source.externalIds.forEach((id, i) => {
      accept(i + 1, id);
    });
    return { rows, rejected };
  }
  const records = parseCsv(source.text);
  const header = records[0];
  if (!header)
    throw new ValidationFailedError('The CSV is empty; it needs a header line with an externalId column');
  const names = header.fields.map((f) => f.trim());
  const idColumn = names.findIndex((n) => EXTERNAL_ID_HEADERS.has(n.toLowerCase()));
  if (idColumn === -1) {
    throw new ValidationFailedError('The CSV header needs an externalId column', { header: names });
  }
  const attributeColumns = names.flatMap((name, i) => (i === idColumn || !name ? [] : [i]));
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const row = record.line - header.line;
    const fields = record.fields;
    if (fields.length !== names.length) {
      rejected.push({ row, reason: `expected ${names.length} columns, found ${fields.length}` });
      continue;
    }
    let attributes: Record<string, string> | undefined;
    for (const i of attributeColumns) {
      const value = fields[i]!;
      if (value === '') continue;
      attributes ??= {};
      attributes[names[i]!] = value;
    }
    accept(row, fields[idColumn], attributes);
  }
  return { rows, rejected };
};

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

/**
 * Adds the rows to a static segment in one transaction, set-based in chunks of 20,000 rows (one
 * statement each): unknown customers are created, attributes merged, membership rows inserted. Bad
 * rows are reported and skipped; if anything fails the transaction rolls back and nothing is imported.
 */
export const importSegmentMembers = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
  source: ImportSource,
  now: Date,
): Promise<ImportOutcome> => {
  const segment = await getSegment(sql, workspaceId, segmentId);
  if (segment.type !== 'static') {
    throw new ValidationFailedError(
      'Import into a static segment; dynamic segments are defined by their condition',
    );
  }
  const { rows, rejected } = readImportRows(source);
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
  return { imported: rows.length, rejected, enteredCustomerIds: entered };
};
