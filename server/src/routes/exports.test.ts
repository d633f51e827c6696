import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrfProtection';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';
import { workspaceOf } from '../testing/publishAsFirstVersion';
import { seedMessageLog } from '../testing/seedMessageLog';

const BOM = '\uFEFF';
/** More than two export pages (1,000 rows each); the second page break falls among messages of one instant. */
const MESSAGES = 2_345;
const CUSTOMERS = 1_203;

const csvLines = (text: string) => text.replace(/\r?\n$/, '').split(/\r?\n/);

describe.each(databaseKinds)('exports on %s', (kind) => {
  let t: TestApp;
  let admin: TestClient;
  let workspaceId: string;
  let segmentId: string;
  let cookies: Record<string, string>;

  const bytes = async (who: 'admin' | 'marketer', path: string) => {
    const response = await t.app.request(path, {
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, cookie: cookies[who] as string },
    });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.login('admin@demo.local');
    cookies = {};
    for (const who of ['admin', 'marketer'] as const) {
      const response = await t.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
        body: JSON.stringify({ email: `${who}@demo.local`, password: 'journeyflow' }),
      });
      cookies[who] = response.headers.get('set-cookie')?.split(';')[0] as string;
    }
    workspaceId = await workspaceOf(admin);
    await seedMessageLog(t.db.sql, {
      workspaceId,
      prefix: 'c',
      journeyId: 'jrn_export',
      customers: CUSTOMERS,
      messages: MESSAGES,
    });
    const segment = await admin.post('/api/segments', { name: '내보내기 대상', type: 'static' });
    segmentId = segment.body.id;
    const imported = await admin.post(`/api/segments/${segmentId}/import`, {
      externalIds: ['c2', 'c3', 'c4'],
    });
    expect(imported.status).toBe(200);
  }, 120_000);
  afterAll(() => t?.dispose());

  it('streams every message of the log as UTF-8 CSV with a BOM, Korean headers and Hangul intact', async () => {
    const { response, body } = await bytes('admin', '/api/messages/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="__+_\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''%EB%A9%94%EC%8B%9C%EC%A7%80_/,
    );
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const lines = csvLines(text.slice(1));
    expect(lines[0]).toContain('생성 시각,메시지 ID');
    expect(lines).toHaveLength(MESSAGES + 1);
    const ids = new Set(lines.slice(1).map((l) => l.split(',')[1]));
    expect(ids.size).toBe(MESSAGES);
    expect(text).toContain('(광고) 안녕하세요 쿠폰이 도착했어요 17');
    expect(text).toContain('010-1234-0002');
  });

  it('applies the list filters and English headers', async () => {
    const { body } = await bytes('admin', '/api/messages/export?format=csv&channel=push&lang=en');
    const lines = csvLines(body.toString('utf8').slice(1));
    expect(lines[0]?.startsWith('Created at,Message ID')).toBe(true);
    expect(lines).toHaveLength(Math.floor(MESSAGES / 5) + 1);
    expect(lines.slice(1).every((l) => l.includes(',push,'))).toBe(true);
  });

  it('masks name, phone and email for a marketer, and audits the export', async () => {
    const { body } = await bytes('marketer', '/api/customers/export?format=csv&grade=VIP');
    const text = body.toString('utf8');
    const lines = csvLines(text.slice(1));
    expect(lines).toHaveLength(Math.floor(CUSTOMERS / 2) + 1);
    expect(text).toContain('c2,김*준,010-****-0002,k***@example.com,VIP');
    expect(text).not.toContain('010-1234-0002');
    expect(text).not.toContain('kim2@example.com');
    const [audit] = await t.db.sql.query<{ details: Record<string, unknown>; action: string }>(
      `select action, details from audit_log where workspace_id = $1 and action = 'exported'
        and details ->> 'resource' = 'customers' order by created_at desc limit 1`,
      [workspaceId],
    );
    expect(audit?.details).toMatchObject({
      resource: 'customers',
      format: 'csv',
      filters: { grade: 'VIP' },
      personalDataMasked: true,
    });
  });

  it('neutralizes spreadsheet formulas in CSV cells', async () => {
    await t.db.sql.query(
      `update customers set attributes = jsonb_build_object('name', '=HYPERLINK("x")')
        where workspace_id = $1 and external_id = 'c1'`,
      [workspaceId],
    );
    const { body } = await bytes('admin', '/api/customers/export?format=csv&q=c1');
    expect(body.toString('utf8')).toContain(`c1,"'=HYPERLINK(""x"")"`);
  });

  it('exports a segment’s members as XLSX that exceljs reads back', async () => {
    const { response, body } = await bytes('admin', `/api/segments/${segmentId}/members/export?format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('내보내기 대상');
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.[0]).toBe('고객 ID');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['c2', 'c3', 'c4']);
    expect(rows[1]?.[1]).toBe('김민준');
  });

  it('exports the customer list as XLSX across pages', async () => {
    const { body } = await bytes('marketer', '/api/customers/export?format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(CUSTOMERS + 1);
    expect(sheet?.getRow(2).getCell(3).value).toMatch(/^010-\*\*\*\*-\d{4}$/);
  });

  it('exports a journey report and refuses unknown ids and formats clearly', async () => {
    const created = await admin.post('/api/journeys', { name: '리포트 여정' });
    const report = await bytes('admin', `/api/journeys/${created.body.id}/report/export?format=csv`);
    expect(report.response.status).toBe(200);
    const text = report.body.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('구분,항목,고객 수,전환,값');
    expect(text).toContain('summary,converted,,0,');
    expect((await admin.get('/api/journeys/jrn_nope/report/export')).status).toBe(404);
    expect((await admin.get('/api/segments/seg_nope/members/export')).status).toBe(404);
    const bad = await admin.get('/api/messages/export?format=pdf');
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation_failed');
    expect((await t.anonymous.get('/api/customers/export')).status).toBe(401);
  });
});
