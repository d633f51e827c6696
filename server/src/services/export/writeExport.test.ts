import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './exportColumn';
import { exportBody } from './writeExport';

/** `noise` keeps the rows from compressing to nothing, as real messages don't. */
type Row = { readonly n: number; readonly noise: string };
const columns: readonly ExportColumn<Row>[] = [
  { key: 'n', header: { ko: '번호', en: 'Number' }, value: (r) => r.n },
  { key: 'text', header: { ko: '내용', en: 'Text' }, value: (r) => `한글 내용 ${r.n} ${r.noise}` },
];

const PAGES = 500;
const PAGE_SIZE = 200;

/** 100,000 rows in 500 pages, counting how many pages the writer has pulled. */
const countingSource = () => {
  const pulled = { pages: 0 };
  async function* pages() {
    for (let p = 0; p < PAGES; p += 1) {
      pulled.pages += 1;
      yield Array.from({ length: PAGE_SIZE }, (_, i) => ({
        n: p * PAGE_SIZE + i,
        noise: randomBytes(24).toString('base64'),
      }));
    }
  }
  return { pulled, pages: pages() };
};

describe.each(['csv', 'xlsx'] as const)('exportBody as %s', (format) => {
  it('pulls pages only as fast as the reader reads (bounded memory)', async () => {
    const { pulled, pages } = countingSource();
    const reader = exportBody({ format, lang: 'ko', columns, pages, sheetName: '시트' }).getReader();
    await reader.read();
    await sleep(200);
    // A reader that stopped after the first chunk leaves almost all pages unread in the database.
    expect(pulled.pages).toBeLessThan(PAGES / 10);
    await reader.cancel();
  });

  it('writes every row when read to the end', async () => {
    const { pulled, pages } = countingSource();
    const body = exportBody({ format, lang: 'en', columns, pages, sheetName: 'Sheet' });
    const bytes = Buffer.from(await new Response(body).arrayBuffer());
    expect(pulled.pages).toBe(PAGES);
    if (format === 'csv') {
      const text = bytes.toString('utf8');
      expect(text.startsWith('\uFEFFNumber,Text\n0,한글 내용 0')).toBe(true);
      expect(text.trimEnd().split('\n')).toHaveLength(PAGES * PAGE_SIZE + 1);
    } else {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]?.rowCount).toBe(PAGES * PAGE_SIZE + 1);
    }
  }, 60_000);
});
