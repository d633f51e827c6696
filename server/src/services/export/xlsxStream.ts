import { Readable } from 'node:stream';
import archiver from 'archiver';

/**
 * A one-sheet XLSX written as a true stream: the sheet XML is produced row by row into a streaming zip
 * (archiver), pulled only as fast as the reader reads. exceljs 4's "streaming" WorkbookWriter builds the
 * whole zip in memory (JSZip `generateAsync` at commit), so it cannot keep a 100k-row export bounded.
 * Cells are inline strings or numbers; no styles, which Excel, LibreOffice and exceljs all open.
 */
type Cell = string | number | null;

const NS = 'http://schemas.openxmlformats.org';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 forbids (control characters other than tab and newlines) would make Excel refuse the file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeXml = (text: string): string =>
  text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** 0 → A, 25 → Z, 26 → AA. */
const columnName = (index: number): string =>
  (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

const cellXml = (cell: Cell, ref: string): string => {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${ref}"><v>${cell}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell))}</t></is></c>`;
};

async function* sheetXml(rows: AsyncIterable<readonly Cell[][]>): AsyncGenerator<string> {
  yield `${XML_HEAD}<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>`;
  let r = 0;
  for await (const batch of rows) {
    yield batch
      .map((cells) => {
        r += 1;
        return `<row r="${r}">${cells.map((cell, c) => cellXml(cell, `${columnName(c)}${r}`)).join('')}</row>`;
      })
      .join('');
  }
  yield '</sheetData></worksheet>';
}

const staticParts = (sheetName: string): [string, string][] => [
  [
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="${NS}/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${NS}/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
  ],
  [
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships">` +
      `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${NS}/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
      '</Relationships>',
  ],
];

/** Excel's sheet-name rules: ≤ 31 characters, none of \ / ? * [ ] :, not empty. */
export const safeSheetName = (name: string): string =>
  name
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim() || 'Sheet1';

/** The XLSX file as a stream; `rows` yields batches of rows (the header row first). */
export const xlsxStream = (sheetName: string, rows: AsyncIterable<readonly Cell[][]>): Readable => {
  // archiver buffers up to 1 MiB by default; 64 KiB keeps a slow download from pulling rows far ahead.
  const zip = archiver('zip', { zlib: { level: 6 }, highWaterMark: 64 * 1024 });
  for (const [name, xml] of staticParts(safeSheetName(sheetName))) zip.append(xml, { name });
  // One batch of rows in flight at a time, so the database is read only as fast as the zip is consumed.
  zip.append(Readable.from(sheetXml(rows), { highWaterMark: 1 }), { name: 'xl/worksheets/sheet1.xml' });
  void zip.finalize().catch((error: unknown) => zip.destroy(error as Error));
  return zip;
};
