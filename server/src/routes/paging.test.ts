import { EXACT_TOTAL_LIMIT } from '@journeyflow/shared/api/paging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';
import { workspaceOf } from '../testing/publishAsFirstVersion';
import { seedMessageLog } from '../testing/seedMessageLog';

/** Four pages of 500 and then some; half of them share one instant, so the keyset must break ties by id. */
const MESSAGES = 2_000;
const CUSTOMERS = 1_234;

type PageBody = { items: { id: string }[]; nextCursor: string | null; total: number; totalExact: boolean };

describe.each(databaseKinds)('keyset paging on %s', (kind) => {
  let t: TestApp;
  let admin: TestClient;
  let workspaceId: string;

  const pageAll = async (path: string, limit: number) => {
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    let last: PageBody | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const res = await admin.get(`${path}${sep}limit=${limit}&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(200);
      last = res.body as PageBody;
      seen.push(...last.items.map((i) => i.id));
      cursor = last.nextCursor ?? '';
      pages += 1;
    } while (cursor && pages < 100);
    return { seen, pages, last: last as PageBody };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.login('admin@demo.local');
    workspaceId = await workspaceOf(admin);
    await seedMessageLog(t.db.sql, {
      workspaceId,
      prefix: 'p',
      journeyId: 'jrn_paging',
      customers: CUSTOMERS,
      messages: MESSAGES,
    });
    // A message of another journey must not appear in this journey's log.
    await t.db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered)
       values ('msg_other', $1, 'jrn_other', 1, 'run_o', 'send', 1, 'idem_o', 'cus_p000001', 'p1', 'sms', 'info',
               'sent', '{}'::jsonb, '{}'::jsonb)`,
      [workspaceId],
    );
  }, 120_000);
  afterAll(() => t?.dispose());

  it('pages through all 2,000 messages of a journey without duplicates or gaps', async () => {
    const { seen, pages, last } = await pageAll('/api/messages?journeyId=jrn_paging', 500);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(MESSAGES);
    expect(new Set(seen).size).toBe(MESSAGES);
    expect(seen).not.toContain('msg_other');
    expect(last).toMatchObject({ nextCursor: null, total: MESSAGES, totalExact: true });
  });

  it('keeps the documented `{ items }` body when no cursor is given', async () => {
    const res = await admin.get('/api/messages?journeyId=jrn_paging&limit=7');
    expect(Object.keys(res.body)).toEqual(['items']);
    expect(res.body.items).toHaveLength(7);
  });

  it('pages customers on a stable order, exactly once each, with the total', async () => {
    const { seen, last } = await pageAll('/api/customers', 97);
    const ours = seen.filter((id) => id.startsWith('cus_p'));
    expect(ours).toHaveLength(CUSTOMERS);
    expect(new Set(seen).size).toBe(seen.length);
    expect(last.total).toBe(seen.length);
    expect(last.totalExact).toBe(true);
  });

  it('refuses an edited, truncated or foreign cursor with 400', async () => {
    const first = await admin.get('/api/messages?journeyId=jrn_paging&limit=10&cursor=');
    const cursor = first.body.nextCursor as string;
    const [body, sum] = cursor.split('.') as [string, string];
    const flipped = `${body.slice(0, -2)}${body.at(-2) === 'A' ? 'B' : 'A'}${body.at(-1)}.${sum}`;
    for (const bad of [flipped, body, `${body}.0000000000000000`, 'not-a-cursor', `${cursor}.x`]) {
      const res = await admin.get(`/api/messages?cursor=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toMatchObject({ code: 'invalid_cursor' });
    }
    // A messages cursor is not a customers cursor.
    const res = await admin.get(`/api/customers?cursor=${encodeURIComponent(cursor)}`);
    expect(res.status).toBe(400);
  });

  it('gives the journeys list, runs, trace, members and audit the envelope', async () => {
    for (const path of [
      '/api/journeys?cursor=',
      '/api/journeys/jrn_paging/runs?cursor=',
      '/api/customers/p1/trace?cursor=',
      '/api/audit?cursor=',
    ]) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(200);
      expect(Object.keys(res.body).sort(), path).toEqual(['items', 'nextCursor', 'total', 'totalExact']);
    }
    const segment = await admin.post('/api/segments', { name: '페이지 대상', type: 'static' });
    await admin.post(`/api/segments/${segment.body.id}/import`, {
      externalIds: ['p1', 'p2', 'p3', 'p4', 'p5'],
    });
    const members = await pageAll(`/api/segments/${segment.body.id}/preview`, 2);
    expect(members.seen).toHaveLength(5);
    expect(members.last.total).toBe(5);
  });

  it('estimates the total above the exact limit and says so', async () => {
    await t.db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered)
       select 'msg_big' || i, $1, 'jrn_big', 1, 'run_b' || i, 'send', 1, 'idem_b' || i, 'cus_p000001', 'p1',
              'sms', 'info', 'sent', '{}'::jsonb, '{}'::jsonb
         from generate_series(1, $2::int) i`,
      [workspaceId, EXACT_TOTAL_LIMIT + 5],
    );
    const res = await admin.get('/api/messages?journeyId=jrn_big&limit=1&cursor=');
    expect(res.body.totalExact).toBe(false);
    expect(res.body.total).toBeGreaterThan(EXACT_TOTAL_LIMIT);
  }, 60_000);
});
