import type { ImportRowProblem } from '@journeyflow/shared/api/segments';
import { findIdColumn } from '@journeyflow/shared/audience/importIdColumn';
import { ValidationFailedError } from '../../errors/domainErrors';
import { parseCsv } from './parseCsv';

/** One audience row: a customer by external id, optionally with attributes to merge into the profile. */
export type ImportRow = {
  readonly row: number;
  readonly externalId: string;
  readonly attributes?: Record<string, string>;
};

export type ImportSource =
  | { readonly kind: 'csv'; readonly text: string }
  | { readonly kind: 'json'; readonly externalIds: readonly unknown[] };

export type RejectedRow = {
  readonly row: number;
  readonly reason: string;
  readonly code: ImportRowProblem;
  readonly externalId?: string;
};

const MAX_EXTERNAL_ID = 255;

/**
 * Turns a CSV (an id column plus optional attribute columns) or a JSON id list into rows, and the rows
 * that cannot be imported into a row-level report. `row` is 1-based: the CSV line number after the
 * header line, or the array position + 1.
 */
export const readImportRows = (
  source: ImportSource,
): { rows: ImportRow[]; rejected: RejectedRow[]; idColumn?: string } => {
  const rows: ImportRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const problem = (raw: unknown): Omit<RejectedRow, 'row'> | undefined => {
    if (typeof raw !== 'string') return { code: 'invalid', reason: 'externalId must be text' };
    const externalId = raw.trim();
    if (externalId.length === 0) return { code: 'invalid', reason: 'externalId is empty' };
    if (externalId.length > MAX_EXTERNAL_ID)
      return { code: 'invalid', reason: `externalId is longer than ${MAX_EXTERNAL_ID} characters` };
    const first = seen.get(externalId);
    return first === undefined
      ? undefined
      : { code: 'duplicate', reason: `duplicate of row ${first}`, externalId };
  };
  const accept = (row: number, raw: unknown, attributes?: Record<string, string>): void => {
    const found = problem(raw);
    if (found) {
      rejected.push({ row, ...found });
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
  const idColumn = findIdColumn(names);
  if (idColumn === -1) {
    throw new ValidationFailedError('The CSV header needs an externalId column', { header: names });
  }
  const attributeColumns = names.flatMap((name, i) => (i === idColumn || !name ? [] : [i]));
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const row = record.line - header.line;
    const fields = record.fields;
    if (fields.length !== names.length) {
      rejected.push({
        row,
        code: 'invalid',
        reason: `expected ${names.length} columns, found ${fields.length}`,
      });
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
  return { rows, rejected, idColumn: names[idColumn] };
};
