/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF line ends; a
 * UTF-8 byte-order mark is dropped. Returns records with the 1-based line each started on, so import
 * reports can point at the line the user sees. Empty lines are skipped.
 */
export type CsvRecord = { readonly line: number; readonly fields: string[] };

export const parseCsv = (text: string): CsvRecord[] => {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!input.includes('"')) return parseUnquoted(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    if (fields.length > 0 || fieldStarted || field.length > 0) {
      fields.push(field);
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.length === 0) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  endRecord();
  return records;
};

/** The common case (no quotes anywhere) split natively: several times faster on 100k-line files. */
const parseUnquoted = (input: string): CsvRecord[] => {
  const records: CsvRecord[] = [];
  const lines = input.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 0) records.push({ line: i + 1, fields: line.split(',') });
  }
  return records;
};
