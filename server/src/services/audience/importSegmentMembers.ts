import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { ValidationFailedError } from '../../errors/domainErrors';
import { newId } from '../../ids';
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
const CHUNK = 10_000;
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
  for (const record of records.slice(1)) {
    const row = record.line - header.line;
    if (record.fields.length !== names.length) {
      rejected.push({ row, reason: `expected ${names.length} columns, found ${record.fields.length}` });
      continue;
    }
    let attributes: Record<string, string> | undefined;
    record.fields.forEach((value, i) => {
      if (i === idColumn || value === '' || !names[i]) return;
      attributes ??= {};
      attributes[names[i]!] = value;
    });
    accept(row, record.fields[idColumn], attributes);
  }
  return { rows, rejected };
};

/**
 * Adds the rows to a static segment in one transaction: unknown customers are created, attributes are
 * merged, membership rows inserted — set-based, 10,000 rows per statement. Bad rows are reported and
 * skipped; if anything fails the transaction rolls back and nothing is imported.
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
  const entered = await sql.transaction(async (tx) => {
    const enteredIds: string[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const customers = await tx.query<{ id: string }>(
        `insert into customers (id, workspace_id, external_id, attributes, created_at, updated_at)
         select x.id, $1, x.external_id, x.attributes::jsonb, $5::timestamptz, $5::timestamptz
           from unnest($2::text[], $3::text[], $4::text[]) as x(id, external_id, attributes)
         on conflict (workspace_id, external_id) do update
           set attributes = customers.attributes || excluded.attributes,
               updated_at = case when excluded.attributes = '{}'::jsonb then customers.updated_at else excluded.updated_at end
         returning id`,
        [
          workspaceId,
          chunk.map(() => newId('cus')),
          chunk.map((r) => r.externalId),
          chunk.map((r) => JSON.stringify(r.attributes ?? {})),
          now.toISOString(),
        ],
      );
      const inserted = await tx.query<{ customer_id: string }>(
        `insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
         select $1, x, $2, $3::timestamptz from unnest($4::text[]) as x
         on conflict do nothing returning customer_id`,
        [segmentId, workspaceId, now.toISOString(), customers.map((c) => c.id)],
      );
      for (const row of inserted) enteredIds.push(row.customer_id);
    }
    await tx.query(
      `update segments set member_count = (select count(*) from segment_members where segment_id = $1),
         refreshed_at = $2::timestamptz, updated_at = $2::timestamptz where id = $1`,
      [segmentId, now.toISOString()],
    );
    return enteredIds;
  });
  return { imported: rows.length, rejected, enteredCustomerIds: entered };
};
