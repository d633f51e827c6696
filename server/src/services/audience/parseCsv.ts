import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ValidationFailedError } from '../../errors/domainErrors';

/**
 * RFC 4180 CSV through `csv-parse`: quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF
 * or CR line ends (mixed too); a UTF-8 byte-order mark is dropped; a quote inside an unquoted field is
 * kept as text. Returns records with the 1-based line each started on, so import reports can point at
 * the line the user sees. Empty lines are skipped. A quote left open is a 422 naming its line.
 */
export type CsvRecord = { readonly line: number; readonly fields: string[] };

/** Line ends inside a quoted field as `csv-parse` counts them: `\r` and `\n` each (so `\r\n` twice). */
const countedBreaks = (field: string): number => field.match(/[\r\n]/g)?.length ?? 0;
const crlfs = (field: string): number => field.match(/\r\n/g)?.length ?? 0;

export const parseCsv = (text: string): CsvRecord[] => {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // csv-parse with line numbers and mixed line ends takes ~4 s per 100k lines; a file without quotes
  // (the common export) is split natively in a few ms.
  if (!input.includes('"')) return parseUnquoted(input);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as `{ record, info }` (the typings only know plain rows).
    parsed = parse(input, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new ValidationFailedError(`The CSV cannot be read: ${error.message}`, { code: error.code });
    }
    throw error;
  }
  // `info.lines` is the line a record ENDS on, and it counts a `\r\n` inside quotes as two lines; an
  // editor shows one. So: subtract the record's own breaks, and the extra `\r\n` lines of earlier records.
  let extra = 0;
  return parsed.map(({ record, info }) => {
    const line = info.lines - record.reduce((n, field) => n + countedBreaks(field), 0) - extra;
    extra += record.reduce((n, field) => n + crlfs(field), 0);
    return { line, fields: record };
  });
};

/** The common case (no quotes anywhere): every line break ends a record and every comma a field. */
const parseUnquoted = (input: string): CsvRecord[] => {
  const records: CsvRecord[] = [];
  const lines = input.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 0) records.push({ line: i + 1, fields: line.split(',') });
  }
  return records;
};
