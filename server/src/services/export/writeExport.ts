import { once } from 'node:events';
import { PassThrough, pipeline, Readable, type Writable } from 'node:stream';
import type { ExportFormat, ExportLang } from '@journeyflow/shared/api/exports';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { cellsFor, type ExportColumn, headersFor } from './exportColumn';

export type ExportSource<Row> = {
  readonly format: ExportFormat;
  readonly lang: ExportLang;
  readonly columns: readonly ExportColumn<Row>[];
  /** Pages of rows, pulled one at a time as the client reads (see keysetPages). */
  readonly pages: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>;
  /** XLSX sheet name (≤ 31 characters). */
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

/** Resolves when a full stream can take more, or when it closed (the reader went away). */
const roomIn = async (stream: Writable): Promise<void> => {
  if (!stream.writableNeedDrain || stream.destroyed) return;
  const drained = once(stream, 'drain');
  const closed = once(stream, 'close');
  await Promise.race([drained, closed]).catch(() => undefined);
};

/** exceljs' streaming writer: each row is committed (written out) at once, never kept in a workbook. */
const xlsxStream = <Row>(source: ExportSource<Row>): Readable => {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(source.sheetName.slice(0, 31));
  const write = async () => {
    sheet.addRow(headersFor(source.columns, source.lang)).commit();
    for await (const page of source.pages) {
      for (const row of page) sheet.addRow(cellsFor(source.columns, row)).commit();
      await roomIn(out);
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
};

/** The export as a web stream for a streamed HTTP response body. */
export const exportBody = <Row>(source: ExportSource<Row>): ReadableStream<Uint8Array> => {
  const stream = source.format === 'xlsx' ? xlsxStream(source) : csvStream(source);
  return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
};
