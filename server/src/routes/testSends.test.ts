import { TEST_SEND_LIMIT } from '@journeyflow/shared/api/testSends';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOT_KAKAO_USER,
  PEER_API_KEY,
  PEER_API_SECRET,
  type SolapiPeer,
  startSolapiPeer,
} from '../channels/testing/solapiPeer';
import { databaseKinds } from '../db/testDatabase';
import {
  DEMO_OPTOUT_LINE,
  DEMO_SENDER_NAME,
  demoAlimtalkTemplates,
  demoTemplates,
} from '../demo/demoTemplates';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('test sends on %s', (kind) => {
  let t: TestApp;
  let admin: TestClient;
  let marketer: TestClient;
  let phoneId: string;
  let templates: { id: string; name: string; channel: string }[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.login('admin@demo.local');
    marketer = await t.login('marketer@demo.local');
    // The demo's advertising identity, its cart-coupon SMS ad, a registered AlimTalk template and a customer.
    expect(
      (
        await admin.put('/api/messaging-settings', {
          senderName: DEMO_SENDER_NAME,
          optoutLine: DEMO_OPTOUT_LINE,
        })
      ).status,
    ).toBe(200);
    const shipped = demoAlimtalkTemplates.find((tpl) => tpl.code === 'ORDER_SHIPPED_01')!;
    const { code: _code, ...registered } = shipped;
    expect((await admin.put('/api/alimtalk-templates/ORDER_SHIPPED_01', registered)).status).toBe(200);
    for (const name of ['장바구니 10% 쿠폰 (SMS)', '배송 시작 (알림톡)']) {
      const created = await marketer.post(
        '/api/templates',
        demoTemplates.find((tpl) => tpl.name === name),
      );
      expect(created.status).toBe(201);
    }
    templates = (await marketer.get('/api/templates')).body.items;
    const workspaceId = (await admin.get('/api/auth/me')).body.user.workspaceId;
    await t.db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, phone)
       values ('cus_test_send', $1, 'C00001', '{"name":"김민수"}'::jsonb, '01012345678')`,
      [workspaceId],
    );
    // A verified test phone (the sandbox SMS channel hands its code back).
    const phone = await marketer.post('/api/test-recipients', {
      name: '내 폰',
      kind: 'phone',
      address: '010-2222-3333',
    });
    phoneId = phone.body.id;
    const verified = await marketer.post(`/api/test-recipients/${phoneId}/verify`, {
      code: phone.body.verification.sandboxCode,
    });
    expect(verified.status).toBe(200);
  });
  afterAll(() => t?.dispose());

  const template = (name: string) => {
    const found = templates.find((tpl) => tpl.name === name);
    if (!found) throw new Error(`no demo template ${name}`);
    return found.id;
  };
  it('sends an ad test exactly as the real ad, stored as test and listed only with test=true', async () => {
    const res = await marketer.post('/api/test-sends', {
      channel: 'sms',
      purpose: 'ad',
      templateId: template('장바구니 10% 쿠폰 (SMS)'),
      to: { recipientId: phoneId },
      customer: { attributes: { name: '홍길동' } },
    });
    expect(res.status).toBe(201);
    const text: string = res.body.message.rendered.text;
    expect(text.startsWith('(광고)[데모몰] 홍길동님')).toBe(true);
    expect(text).toContain('무료수신거부 080-123-4567');
    expect(res.body.message).toMatchObject({ test: true, status: 'delivered', journeyId: null });

    const real = await marketer.post('/api/test-sends', {
      channel: 'sms',
      purpose: 'ad',
      templateId: template('장바구니 10% 쿠폰 (SMS)'),
      to: { phone: '010-2222-3333' },
      customer: { externalId: 'C00001' },
    });
    expect(real.status).toBe(201);
    expect(real.body.message.externalId).toBe('C00001');

    const tests = await marketer.get('/api/messages?test=true');
    expect(tests.body.items.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining([res.body.message.id, real.body.message.id]),
    );
    const normal = await marketer.get('/api/messages?limit=500');
    expect(normal.body.items.some((m: { test?: boolean }) => m.test)).toBe(false);
    const audit = await admin.get('/api/audit?entity=test_send');
    expect(audit.body.items.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses content that breaks the ad rules, unverified or unsaved phones, and unknown customers', async () => {
    const base = { channel: 'sms', purpose: 'ad', to: { recipientId: phoneId } };
    const noPrefix = await marketer.post('/api/test-sends', { ...base, content: { text: '할인 쿠폰!' } });
    expect(noPrefix.status).toBe(422);
    expect(noPrefix.body.error.details.issues.map((i: { code: string }) => i.code)).toContain(
      'ad_missing_prefix',
    );
    const stranger = await marketer.post('/api/test-sends', {
      ...base,
      purpose: 'info',
      content: { text: '안녕하세요' },
      to: { phone: '010-9999-8888' },
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.code).toBe('test_recipient_unverified');
    const unverified = await marketer.post('/api/test-recipients', {
      name: 'n',
      kind: 'phone',
      address: '01077778888',
    });
    const notYet = await marketer.post('/api/test-sends', {
      ...base,
      purpose: 'info',
      content: { text: '안녕하세요' },
      to: { recipientId: unverified.body.id },
    });
    expect(notYet.body.error.code).toBe('test_recipient_unverified');
    const noCustomer = await marketer.post('/api/test-sends', {
      ...base,
      purpose: 'info',
      content: { text: '안녕하세요' },
      customer: { externalId: 'nobody-here' },
    });
    expect(noCustomer.status).toBe(404);
    const broken = await marketer.post('/api/test-sends', {
      ...base,
      purpose: 'info',
      content: { text: '[데모몰] {% if customer.name %}안녕하세요' },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.error.details.issues[0].code).toMatch(/^template_/);
    for (const bad of [
      { ...base, channel: 'webhook', content: { url: 'https://x' } },
      { ...base, purpose: 'info', content: { text: 'x' }, to: { phone: '01022223333', email: 'a@b.co' } },
      { ...base, purpose: 'info', content: { text: 'x' }, to: {} },
      { ...base, purpose: 'info', content: { text: '' } },
    ]) {
      expect((await marketer.post('/api/test-sends', bad)).status).toBe(422);
    }
    expect((await t.anonymous.post('/api/test-sends', { ...base, content: { text: 'x' } })).status).toBe(401);
    const both = await marketer.post('/api/test-sends', {
      ...base,
      content: { text: 'x' },
      templateId: 'tpl',
    });
    expect(both.status).toBe(422);
    const wrongKind = await marketer.post('/api/test-sends', {
      channel: 'email',
      purpose: 'info',
      content: { subject: 's', html: '<p>x</p>' },
      to: { recipientId: phoneId },
    });
    expect(wrongKind.status).toBe(422);
  });

  it('never counts test messages in caps or stats', async () => {
    const [row] = await t.db.sql.query<{ n: number }>(
      `select count(*)::int as n from outbox where test and customer_id <> ''`,
    );
    expect(row?.n).toBe(0);
    // A test row made to look like the customer's own ad still does not count against their caps.
    const { countRecentSends } = await import('@journeyflow/engine/rules/caps');
    const [customer] = await t.db.sql.query<{ id: string; workspace_id: string }>(
      `select id, workspace_id from customers where external_id = 'C00001'`,
    );
    const query = {
      workspaceId: customer!.workspace_id,
      customerId: customer!.id,
      scope: 'allAds' as const,
      channel: 'sms' as const,
      journeyId: '',
      perSeconds: 86_400,
      now: new Date(),
    };
    const before = await countRecentSends(t.db.sql, query);
    await t.db.sql.query(`update outbox set customer_id = $1 where test`, [customer!.id]);
    expect(await countRecentSends(t.db.sql, query)).toBe(before);
    await t.db.sql.query(`update outbox set customer_id = '' where test`);

    // Nor in a journey's stats, even if a test row carried its id.
    const journey = await marketer.post('/api/journeys', {
      name: 'stats',
      graph: minimalValidGraph(),
      settings: {},
    });
    await t.db.sql.query(`update outbox set journey_id = $1, node_id = 'done' where test`, [journey.body.id]);
    const stats = await marketer.get(`/api/journeys/${journey.body.id}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body.nodes.done?.sent ?? 0).toBe(0);
    await t.db.sql.query(`update outbox set journey_id = '', node_id = '' where test`);
  });

  it('does not turn a click on a test message into the customer’s event', async () => {
    const key = await admin.post('/api/api-keys', { name: 'reports', scopes: ['delivery:report'] });
    const [message] = await t.db.sql.query<{ id: string }>(
      `select id from outbox where test and external_id = 'C00001' limit 1`,
    );
    const clicked = await t.anonymous.request(
      'POST',
      '/api/delivery-status',
      { outboxId: message!.id, status: 'clicked', url: 'https://demo-mall.kr' },
      { authorization: `Bearer ${key.body.key}` },
    );
    expect(clicked.body).toEqual({ result: 'unchanged', outboxId: message!.id });
    const events = await t.db.sql.query(`select 1 from events where name = 'message_clicked'`);
    expect(events).toHaveLength(0);
  });

  it('sends AlimTalk tests with the registered template and words a provider refusal as a code', async () => {
    const peer: SolapiPeer = await startSolapiPeer();
    try {
      const saved = await admin.put('/api/channel-settings/alimtalk', {
        provider: 'solapi',
        baseUrl: peer.url,
        apiKey: PEER_API_KEY,
        apiSecret: PEER_API_SECRET,
        senderNumber: '02-1234-5678',
        kakaoChannelId: 'KA01PF',
      });
      expect(saved.status).toBe(200);
      peer.failTypes.set('ATA', NOT_KAKAO_USER);
      const res = await marketer.post('/api/test-sends', {
        channel: 'alimtalk',
        purpose: 'info',
        templateId: template('배송 시작 (알림톡)'),
        to: { recipientId: phoneId },
        customer: { externalId: 'C00001' },
      });
      expect(res.status).toBe(201);
      expect(res.body.message.status).toBe('failed');
      expect(res.body.rejection).toEqual({
        code: 'provider_rejected',
        params: {
          providerCode: NOT_KAKAO_USER.code,
          detail: expect.stringContaining(NOT_KAKAO_USER.message),
        },
      });
      const sent = peer.requests.find((r) => r.path.includes('/messages'));
      expect(JSON.stringify(sent?.json)).toContain('ORDER_SHIPPED_01');
    } finally {
      await admin.delete('/api/channel-settings/alimtalk');
      await peer.close();
    }
  });

  it('scrubs test sends rendered with a customer’s data when that customer is erased', async () => {
    const before = await t.db.sql.query<{ id: string }>(
      `select id from outbox where test and external_id = 'C00001'`,
    );
    expect(before.length).toBeGreaterThan(0);
    expect((await admin.delete('/api/customers/C00001')).status).toBe(200);
    const rows = await t.db.sql.query<{ rendered: unknown; external_id: string }>(
      `select rendered, external_id from outbox where id = any($1::text[])`,
      [before.map((row) => row.id)],
    );
    for (const row of rows) {
      expect(row.external_id).not.toBe('C00001');
      expect(JSON.stringify(row.rendered)).not.toContain('김민수');
    }
  });

  it(`limits each user to ${TEST_SEND_LIMIT.max} test sends per 10 minutes (429 with retry time)`, async () => {
    const body = {
      channel: 'sms',
      purpose: 'info',
      content: { text: '[데모몰] 테스트' },
      to: { recipientId: phoneId },
    };
    const [done] = await t.db.sql.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'test_send.create'`,
    );
    for (let i = Number(done?.n ?? 0); i < TEST_SEND_LIMIT.max; i++) {
      expect((await marketer.post('/api/test-sends', body)).status).toBe(201);
    }
    const limited = await marketer.post('/api/test-sends', body);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'rate_limited', details: { max: TEST_SEND_LIMIT.max } });
    expect(limited.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.headers.get('retry-after')).toBe(String(limited.body.error.details.retryAfterSeconds));
  });
});
