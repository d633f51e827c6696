import { pipeline, Readable } from 'node:stream';
import type { ExportFormat, ExportLang } from '@journeyflow/shared/api/exports';
import { stringify } from 'csv-stringify';
import { cellsFor, type ExportColumn, headersFor } from './exportColumn';
import { xlsxStream } from './xlsxStream';

export type ExportSource<Row> = {
  readonly format: ExportFormat;
  readonly lang: ExportLang;
  readonly columns: readonly ExportColumn<Row>[];
  /** Pages of rows, pulled one at a time as the client reads (see keysetPages). */
  readonly pages: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>;
  /** XLSX sheet name (made safe: ≤ 31 characters, no \\ / ? * [ ] :). */
  readonly sheetName: string;
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A spreadsheet opens a CSV cell starting with = + - @ as a formula (CSV injection, e.g. a customer
 * named `=HYPERLINK(…)`); a leading apostrophe makes it text. XLSX cells are typed, so need nothing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const csvSafe = (cell: string | number | null): string | number | null =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

async function* csvRecords<Row>(source: ExportSource<Row>): AsyncGenerator<(string | number | null)[]> {
  yield headersFor(source.columns, source.lang);
  for await (const page of source.pages) {
    for (const row of page) yield cellsFor(source.columns, row).map(csvSafe);
  }
}

/** UTF-8 with a BOM first, so Excel opens Hangul correctly; rows are pulled only as fast as they are read. */
const csvStream = <Row>(source: ExportSource<Row>): Readable => {
  const stringifier = stringify({ bom: true });
  pipeline(Readable.from(csvRecords(source)), stringifier, () => {
    // An error or a client that went away ends the body; the pipeline already destroyed both ends.
  });
  return stringifier;
};

async function* xlsxRows<Row>(source: ExportSource<Row>): AsyncGenerator<(string | number | null)[][]> {
  yield [headersFor(source.columns, source.lang)];
  for await (const page of source.pages) yield page.map((row) => cellsFor(source.columns, row));
}

/** The export as a web stream for a streamed HTTP response body. */
export const exportBody = <Row>(source: ExportSource<Row>): ReadableStream<Uint8Array> => {
  const stream =
    source.format === 'xlsx' ? xlsxStream(source.sheetName, xlsxRows(source)) : csvStream(source);
  return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
};
