import type { SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { findIdColumn } from '@journeyflow/shared/audience/importIdColumn';

/** Splits one CSV line, honouring double quotes (enough for a preview; the server parses the file). */
const splitCsvLine = (line: string): string[] => {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
};

export type FilePreview = {
  readonly header: string[];
  readonly rows: string[][];
  /** Index of the detected customer-id column in `header`, or -1. */
  readonly idColumn: number;
};

/** The header and first `count` rows of a CSV, or of a JSON id list (shown as one `externalId` column). */
export const previewImportFile = (text: string, isJson: boolean, count = 5): FilePreview => {
  if (isJson) {
    let ids: unknown[] = [];
    try {
      const parsed = JSON.parse(text) as unknown;
      ids = Array.isArray(parsed) ? parsed : ((parsed as { externalIds?: unknown[] })?.externalIds ?? []);
    } catch {
      ids = [];
    }
    return { header: ['externalId'], rows: ids.slice(0, count).map((id) => [String(id)]), idColumn: 0 };
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.length > 0);
  const header = splitCsvLine(lines[0] ?? '').map((name) => name.trim());
  return {
    header,
    rows: lines.slice(1, count + 1).map(splitCsvLine),
    idColumn: findIdColumn(header),
  };
};

const csvCell = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The report's problem rows as a CSV (UTF-8 with BOM so Excel reads Hangul): line, problem, id, reason. */
export const problemRowsCsv = (
  report: SegmentImportResponse,
  headers: readonly [string, string, string, string],
  codeText: (code: string | undefined) => string,
): string => {
  const lines = [headers.map(csvCell).join(',')];
  for (const r of report.rejected)
    lines.push([r.row, codeText(r.code), r.externalId ?? '', r.reason].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
