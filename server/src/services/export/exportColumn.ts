import type { ExportLang } from '@journeyflow/shared/api/exports';

/** One column of an export: its header in each language and how a row fills it. */
export type ExportColumn<Row> = {
  readonly key: string;
  readonly header: Readonly<Record<ExportLang, string>>;
  readonly value: (row: Row) => string | number | null;
};

export const headersFor = <Row>(columns: readonly ExportColumn<Row>[], lang: ExportLang): string[] =>
  columns.map((column) => column.header[lang]);

export const cellsFor = <Row>(columns: readonly ExportColumn<Row>[], row: Row): (string | number | null)[] =>
  columns.map((column) => column.value(row));
