import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let admin: TestClient;
  let workspaceId: string;
  let apiKey: string;
  const withKey = (key: string) => ({ authorization: `Bearer ${key}` });

  beforeAll(async () => {
    t = await createTestApp(kind);
    [marketer, admin] = await Promise.all([t.login('marketer@demo.local'), t.login('admin@demo.local')]);
    workspaceId = (await admin.get('/api/auth/me')).body.user.workspaceId;
    const key = await admin.post('/api/api-keys', {
      name: 'site backend',
      scopes: ['ingest', 'inapp:token', 'optouts:read', 'delivery:report'],
    });
    expect(key.status).toBe(201);
    apiKey = key.body.key;
    await t.db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, phone, email, consent) values
       ('cus_minji', $1, 'minji', '{"name":"민지"}', '010-1234-5678', 'minji@example.com', '{}'),
       ('cus_jun', $1, 'jun', '{}', null, null, '{}')`,
      [workspaceId],
    );
  });
  afterAll(() => t?.dispose());

  describe('templates', () => {
    it('creates, reads, lists, updates and deletes', async () => {
      const created = await marketer.post('/api/templates', {
        name: 'Coupon SMS',
        channel: 'sms',
        purpose: 'info',
        content: { text: '{{ customer.name }}님 쿠폰 SAVE10' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^tpl_/),
        channel: 'sms',
        purpose: 'info',
      });
      const id = created.body.id;
      // Stored as a JSON object (the engine reads it), not a JSON string, on both databases.
      const [stored] = await t.db.sql.query(
        'select jsonb_typeof(content) as t from templates where id = $1',
        [id],
      );
      expect(stored).toEqual({ t: 'object' });
      expect((await marketer.get(`/api/templates/${id}`)).body.content).toEqual({
        text: '{{ customer.name }}님 쿠폰 SAVE10',
      });
      expect(
        (await marketer.get('/api/templates?channel=sms')).body.items.map((x: { id: string }) => x.id),
      ).toContain(id);
      expect((await marketer.get('/api/templates?channel=push')).body.items).toEqual([]);

      const updated = await marketer.put(`/api/templates/${id}`, {
        name: 'Coupon SMS v2',
        channel: 'sms',
        purpose: 'info',
        content: { text: '새 문구' },
      });
      expect(updated.status).toBe(200);
      expect(updated.body.name).toBe('Coupon SMS v2');
      const versions = await marketer.get(`/api/templates/${id}/versions`);
      expect(
        versions.body.items.map((v: { version: number; content: unknown }) => [v.version, v.content]),
      ).toEqual([
        [2, { text: '새 문구' }],
        [1, { text: '{{ customer.name }}님 쿠폰 SAVE10' }],
      ]);
      // Who saved each version, for the history tab.
      const me = (await marketer.get('/api/auth/me')).body;
      const marketerId = me.user?.id ?? me.id;
      expect(versions.body.items[0]).toMatchObject({
        createdBy: marketerId,
        createdByName: expect.any(String),
      });
      expect((await marketer.delete(`/api/templates/${id}`)).status).toBe(204);
      expect((await marketer.get(`/api/templates/${id}`)).status).toBe(404);
    });

    it('rejects content that does not match the channel', async () => {
      const res = await marketer.post('/api/templates', {
        name: 'Bad',
        channel: 'push',
        purpose: 'info',
        content: { text: 'push needs title and body' },
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    });

    it('previews with a chosen customer, the sample customer, and reports missing variables as errors', async () => {
      const created = await marketer.post('/api/templates', {
        name: 'Browse abandonment',
        channel: 'sms',
        purpose: 'info',
        content: {
          text: '{{ customer.name }}님, 보고 계시던 {{ event.properties.productName }} 상품이 아직 장바구니에 있어요. 오늘 자정까지 10% 할인 쿠폰을 드립니다.',
        },
      });
      const id = created.body.id;
      const chosen = await marketer.post(`/api/templates/${id}/preview`, {
        externalId: 'minji',
        event: { name: 'product_viewed', properties: { productName: '겨울 패딩' } },
      });
      expect(chosen.status).toBe(200);
      expect(chosen.body.rendered.text).toMatch(/^민지님, 보고 계시던 겨울 패딩 상품이/);
      expect(chosen.body.missingVariables).toEqual([]);
      expect(chosen.body.sms).toMatchObject({ type: 'LMS', overLimit: false });
      expect(chosen.body.sms.bytes).toBeGreaterThan(90);

      const sample = await marketer.post(`/api/templates/${id}/preview`, {});
      expect(sample.status).toBe(200);
      expect(sample.body.rendered.text).toMatch(/^김민지님/);
      expect(sample.body.missingVariables).toEqual(['event']);
      expect(sample.body.issues).toContainEqual(
        expect.objectContaining({ code: 'missing_variable', severity: 'error' }),
      );
      expect((await marketer.post(`/api/templates/${id}/preview`, { externalId: 'nobody' })).status).toBe(
        404,
      );
    });

    it('flags an ad without the opt-out line in the preview (and refuses to save one)', async () => {
      const ad = {
        name: 'Ad',
        channel: 'sms',
        purpose: 'ad',
        content: { text: '(광고) 샵 겨울 세일 최대 50%' },
      };
      const refused = await marketer.post('/api/templates', ad);
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.issues).toContainEqual(
        expect.objectContaining({ code: 'ad_missing_optout' }),
      );
      // One saved before the rule (or written by SQL) is still flagged by the preview.
      await t.db.sql.query(
        `insert into templates (id, workspace_id, name, channel, purpose, content)
         values ('tpl_legacy_preview', $1, 'Ad', 'sms', 'ad', $2::text::jsonb)`,
        [workspaceId, JSON.stringify(ad.content)],
      );
      const preview = await marketer.post('/api/templates/tpl_legacy_preview/preview', {});
      expect(preview.body.issues).toContainEqual(expect.objectContaining({ code: 'ad_missing_optout' }));
    });

    it("fills a registered AlimTalk template's #{variables}", async () => {
      expect(
        (
          await admin.put('/api/alimtalk-templates/ORDER_SHIPPED', {
            name: '배송 출발',
            body: '#{name}님, 주문 #{orderNo} 상품이 출발했어요.',
          })
        ).status,
      ).toBe(200);
      const created = await marketer.post('/api/templates', {
        name: 'Shipped',
        channel: 'alimtalk',
        purpose: 'info',
        content: {
          templateCode: 'ORDER_SHIPPED',
          variables: { name: '{{ customer.name }}', orderNo: 'A-1001' },
        },
      });
      const preview = await marketer.post(`/api/templates/${created.body.id}/preview`, {
        externalId: 'minji',
      });
      expect(preview.body.rendered.text).toBe('민지님, 주문 A-1001 상품이 출발했어요.');
    });

    it('requires a session', async () => {
      expect((await t.anonymous.get('/api/templates')).status).toBe(401);
    });
  });

  describe('messages log', () => {
    it('lists outbox rows in the SPEC shape with filters, SMS with its type', async () => {
      await t.db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, reason, attempts, created_at, updated_at)
         values
           ('msg_a', $1, 'jrn_1', 1, 'run_a', 'n3', 1, 'run_a:n3:1', 'cus_minji', 'minji', 'sms', 'info', 'delivered',
            '{}', '{"text":"쿠폰"}', null, 1, now() - interval '1 minute', now()),
           ('msg_b', $1, 'jrn_1', 1, 'run_b', 'n3', 1, 'run_b:n3:1', 'cus_jun', 'jun', 'sms', 'ad', 'skipped',
            '{}', '{}', 'opted_out: 080', 0, now(), now()),
           ('msg_other', 'ws_other', 'jrn_9', 1, 'run_c', 'n3', 1, 'run_c:n3:1', 'cus_x', 'minji', 'sms', 'info', 'sent',
            '{}', '{}', null, 1, now(), now())`,
        [workspaceId],
      );
      const all = await marketer.get('/api/messages');
      expect(all.status).toBe(200);
      expect(all.body.items.map((m: { id: string }) => m.id)).toEqual(['msg_b', 'msg_a']);
      expect(all.body.items[1]).toEqual({
        id: 'msg_a',
        journeyId: 'jrn_1',
        runId: 'run_a',
        externalId: 'minji',
        nodeId: 'n3',
        channel: 'sms',
        purpose: 'info',
        status: 'delivered',
        rendered: { text: '쿠폰', type: 'SMS' },
        reason: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const skipped = await marketer.get(
        '/api/messages?status=skipped&externalId=jun&journeyId=jrn_1&channel=sms',
      );
      expect(skipped.body.items).toEqual([
        expect.objectContaining({ id: 'msg_b', reason: 'opted_out: 080' }),
      ]);
      expect((await marketer.get('/api/messages?status=bogus')).status).toBe(422);
    });
  });

  describe('080 opt-outs', () => {
    it('records numbers normalised, once, with the API key or a session', async () => {
      const res = await t.anonymous.request(
        'POST',
        '/api/optouts',
        { phones: ['010-2222-3333', '+82 10-2222-3333', '01044445555'] },
        withKey(apiKey),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ added: 2, total: 2 });
      expect((await marketer.post('/api/optouts', { phones: ['010 4444 5555'] })).body).toEqual({
        added: 0,
        total: 2,
      });
      const list = await marketer.get('/api/optouts');
      expect(list.body.items.map((o: { phone: string }) => o.phone).sort()).toEqual([
        '01022223333',
        '01044445555',
      ]);
      expect((await t.anonymous.post('/api/optouts', { phones: ['01011112222'] })).status).toBe(401);
      expect((await marketer.post('/api/optouts', { phones: ['hello'] })).status).toBe(422);
    });
  });

  describe('channel settings', () => {
    const solapi = {
      provider: 'solapi',
      baseUrl: 'http://127.0.0.1:9',
      apiKey: 'NCS_LIVE_KEY_123',
      apiSecret: 'super-secret-value-456',
      senderNumber: '02-1234-5678',
      kakaoChannelId: 'KA01PF',
    };

    it('are admin-only, and secrets are encrypted at rest and never returned', async () => {
      expect((await marketer.put('/api/channel-settings/sms', solapi)).status).toBe(403);
      expect((await marketer.get('/api/channel-settings')).status).toBe(403);

      const saved = await admin.put('/api/channel-settings/sms', solapi);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        channel: 'sms',
        provider: 'solapi',
        config: { baseUrl: 'http://127.0.0.1:9', senderNumber: '02-1234-5678', kakaoChannelId: 'KA01PF' },
        secretsSet: ['apiKey', 'apiSecret'],
      });
      const listed = await admin.get('/api/channel-settings');
      for (const body of [JSON.stringify(saved.body), JSON.stringify(listed.body)]) {
        expect(body).not.toContain('super-secret-value-456');
        expect(body).not.toContain('NCS_LIVE_KEY_123');
      }
      const rows = await t.db.sql.query('select * from channel_settings where workspace_id = $1', [
        workspaceId,
      ]);
      expect(JSON.stringify(rows)).not.toContain('super-secret-value-456');

      // Changing a non-secret field keeps the stored secrets.
      const { apiKey: _k, apiSecret: _s, ...withoutSecrets } = solapi;
      const edited = await admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        senderNumber: '1588-0000',
      });
      expect(edited.body).toMatchObject({
        config: { senderNumber: '1588-0000' },
        secretsSet: ['apiKey', 'apiSecret'],
      });
      expect(await t.deps.channels.settings.load(workspaceId, 'sms')).toMatchObject({
        apiSecret: 'super-secret-value-456',
        senderNumber: '1588-0000',
      });

      expect((await admin.put('/api/channel-settings/push', solapi)).status).toBe(422);
      expect((await admin.put('/api/channel-settings/sms', { provider: 'solapi' })).status).toBe(422);
      expect((await admin.delete('/api/channel-settings/sms')).status).toBe(204);
      expect((await admin.get('/api/channel-settings')).body.items).toEqual([]);
    });

    it('refuse to move an endpoint to a new host while keeping the stored secrets (422 secrets_required)', async () => {
      expect((await admin.put('/api/channel-settings/sms', solapi)).status).toBe(200);
      const { apiKey: _k, apiSecret: _s, ...withoutSecrets } = solapi;
      const moved = await admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'http://attacker.example',
      });
      expect(moved.status).toBe(422);
      expect(moved.body.error).toMatchObject({
        code: 'secrets_required',
        details: { fields: ['apiKey', 'apiSecret'], changed: ['baseUrl'] },
      });
      // Half the secrets is not enough either; nothing was saved.
      const half = await admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'http://attacker.example',
        apiKey: 'NEW_KEY',
      });
      expect(half.body.error).toMatchObject({ code: 'secrets_required', details: { fields: ['apiSecret'] } });
      expect(await t.deps.channels.settings.load(workspaceId, 'sms')).toMatchObject({
        baseUrl: 'http://127.0.0.1:9',
        apiKey: 'NCS_LIVE_KEY_123',
      });
      // With the secrets typed in again the move is saved.
      const resaved = await admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'https://api.other-provider.example',
        apiKey: 'OTHER_KEY',
        apiSecret: 'other-secret',
      });
      expect(resaved.status).toBe(200);
      expect(resaved.body.config.baseUrl).toBe('https://api.other-provider.example');

      const smtp = { provider: 'smtp', host: 'smtp.shop.example', port: 587, from: 'news@shop.example' };
      expect(
        (await admin.put('/api/channel-settings/email', { ...smtp, password: 'mail-pass' })).status,
      ).toBe(200);
      for (const change of [{ host: 'mail.attacker.example' }, { port: 2525 }, { secure: true }]) {
        const res = await admin.put('/api/channel-settings/email', { ...smtp, ...change });
        expect(res.status).toBe(422);
        expect(res.body.error).toMatchObject({ code: 'secrets_required', details: { fields: ['password'] } });
      }
      // Same endpoint, other fields: the stored password stays.
      expect(
        (await admin.put('/api/channel-settings/email', { ...smtp, from: 'hello@shop.example' })).status,
      ).toBe(200);
      expect(await t.deps.channels.settings.load(workspaceId, 'email')).toMatchObject({
        password: 'mail-pass',
      });
      await admin.delete('/api/channel-settings/email');
      await admin.delete('/api/channel-settings/sms');
    });

    it('keep messaging settings and prices', async () => {
      expect(
        (await marketer.put('/api/messaging-settings', { senderName: '샵', optoutLine: 'x' })).status,
      ).toBe(403);
      const put = await admin.put('/api/messaging-settings', {
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
      });
      expect(put.status).toBe(200);
      expect((await marketer.get('/api/messaging-settings')).body).toEqual({
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
        fatigueCap: { enabled: true, max: 2, perSeconds: 86_400 },
        totalAdCap: { enabled: true, max: 3, perSeconds: 86_400 },
      });
      const capped = { senderName: '샵', optoutLine: '무료수신거부 080-123-4567' };
      expect(
        (
          await admin.put('/api/messaging-settings', {
            ...capped,
            fatigueCap: { enabled: true, max: 0, perSeconds: 60 },
          })
        ).status,
      ).toBe(422);
      expect((await marketer.get('/api/messaging-settings')).body.fatigueCap.max).toBe(2);
      const tighter = { enabled: true, max: 1, perSeconds: 7 * 86_400 };
      expect(
        (await admin.put('/api/messaging-settings', { ...capped, fatigueCap: tighter })).body.fatigueCap,
      ).toEqual(tighter);
      expect((await marketer.get('/api/messaging-settings')).body.fatigueCap).toEqual(tighter);
      // The total ad cap across channels is kept beside it (and the per-channel cap is left alone).
      const total = { enabled: true, max: 4, perSeconds: 2 * 86_400 };
      const saved = await admin.put('/api/messaging-settings', {
        ...capped,
        fatigueCap: tighter,
        totalAdCap: total,
      });
      expect(saved.body).toMatchObject({ fatigueCap: tighter, totalAdCap: total });
      expect((await marketer.get('/api/messaging-settings')).body.totalAdCap).toEqual(total);
      expect((await marketer.get('/api/channel-prices')).body).toEqual({
        SMS: 20,
        LMS: 50,
        MMS: 200,
        ALIMTALK: 13,
        BRAND_MESSAGE: 20,
      });
      expect((await admin.put('/api/channel-prices', { SMS: 9.9, LMS: 27 })).body).toMatchObject({
        SMS: 9.9,
        LMS: 27,
      });
    });
  });

  describe('in-app', () => {
    const issue = async (externalId: string) => {
      const res = await t.anonymous.request('POST', '/api/inapp/token', { externalId }, withKey(apiKey));
      expect(res.status).toBe(200);
      return res.body.token as string;
    };

    it('issues tokens only with an API key and for known customers', async () => {
      expect((await t.anonymous.post('/api/inapp/token', { externalId: 'minji' })).status).toBe(401);
      expect(
        (await t.anonymous.request('POST', '/api/inapp/token', { externalId: 'ghost' }, withKey(apiKey)))
          .status,
      ).toBe(404);
      const res = await t.anonymous.request(
        'POST',
        '/api/inapp/token',
        { externalId: 'minji' },
        withKey(apiKey),
      );
      expect(res.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    });

    it("scopes the inbox to the token's customer", async () => {
      await t.db.sql.query(
        `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body)
         values ('inapp_1', $1, 'cus_minji', 'minji', 'msg_i1', 'info', '환영해요', '첫 구매 쿠폰이 도착했어요')`,
        [workspaceId],
      );
      const minji = await issue('minji');
      const jun = await issue('jun');
      const inbox = await t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(minji)}`);
      expect(inbox.body).toEqual({
        items: [
          {
            id: 'inapp_1',
            title: '환영해요',
            body: '첫 구매 쿠폰이 도착했어요',
            purpose: 'info',
            createdAt: expect.any(String),
            readAt: null,
          },
        ],
        unread: 1,
      });
      expect((await t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(jun)}`)).body).toEqual({
        items: [],
        unread: 0,
      });
      expect(
        (await t.anonymous.post(`/api/inapp/messages/inapp_1/read?token=${encodeURIComponent(jun)}`)).status,
      ).toBe(404);
      const read = await t.anonymous.post(
        `/api/inapp/messages/inapp_1/read?token=${encodeURIComponent(minji)}`,
      );
      expect(read.status).toBe(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      expect(
        (await t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(`${minji}x`)}`)).status,
      ).toBe(401);
    });

    it('lets the widget on another origin mark a message read (CORS preflight + CSRF header)', async () => {
      await t.db.sql.query(
        `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body)
         values ('inapp_cors', $1, 'cus_minji', 'minji', 'msg_cors', 'info', 't', 'b')`,
        [workspaceId],
      );
      const token = encodeURIComponent(await issue('minji'));
      const path = `/api/inapp/messages/inapp_cors/read?token=${token}`;
      const preflight = await t.app.request(path, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://shop.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-requested-with',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
        'x-requested-with',
      );
      const read = await t.app.request(path, {
        method: 'POST',
        headers: {
          origin: 'https://shop.example.com',
          'sec-fetch-site': 'cross-site',
          'x-requested-with': 'journeyflow',
        },
      });
      expect(read.status).toBe(200);
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('serves the widget script with CORS', async () => {
      const res = await t.app.request('/api/inapp/widget.js', {
        headers: { origin: 'https://shop.example.com' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/javascript');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const script = await res.text();
      expect(script).toContain("customElements.define('journeyflow-inbox'");
      // It must be valid JavaScript.
      expect(() => new Function(script)).not.toThrow();
    });
  });

  describe('delivery status callback', () => {
    it('marks a sent message delivered with the API key; unknown ids are 404', async () => {
      await t.db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, attempts, provider_message_id)
         values ('msg_cb', $1, 'jrn_1', 1, 'run_cb', 'n3', 1, 'run_cb:n3:1', 'cus_minji', 'minji', 'sms', 'info', 'sent',
           '{}', '{"text":"hi"}', 1, 'M123')`,
        [workspaceId],
      );
      const res = await t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { providerMessageId: 'M123', status: 'delivered' },
        withKey(apiKey),
      );
      expect(res.body).toEqual({ result: 'updated', outboxId: 'msg_cb' });
      const again = await t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { providerMessageId: 'M123', status: 'delivered' },
        withKey(apiKey),
      );
      expect(again.body.result).toBe('unchanged');
      const missing = await t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { outboxId: 'nope', status: 'failed' },
        withKey(apiKey),
      );
      expect(missing.status).toBe(404);
      expect(
        (await t.anonymous.post('/api/delivery-status', { outboxId: 'msg_cb', status: 'delivered' })).status,
      ).toBe(401);
    });

    it('takes no session cookie and no key without the delivery:report scope', async () => {
      const asMarketer = await marketer.post('/api/delivery-status', {
        outboxId: 'msg_cb',
        status: 'failed',
      });
      expect(asMarketer.status).toBe(401);
      const ingestOnly = (await admin.post('/api/api-keys', { name: 'browser' })).body.key;
      const res = await t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { outboxId: 'msg_cb', status: 'failed' },
        withKey(ingestOnly),
      );
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'insufficient_scope',
        details: { scope: 'delivery:report' },
      });
      const [row] = await t.db.sql.query("select status from outbox where id = 'msg_cb'");
      expect(row).toEqual({ status: 'delivered' });
    });
  });

  it('describes every channel route in the OpenAPI document', async () => {
    const doc = await t.anonymous.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths);
    for (const path of [
      '/api/templates',
      '/api/templates/{id}',
      '/api/templates/{id}/preview',
      '/api/messages',
      '/api/optouts',
      '/api/inapp/token',
      '/api/inapp/stream',
      '/api/inapp/messages',
      '/api/inapp/messages/{id}/read',
      '/api/inapp/widget.js',
      '/api/channel-settings',
      '/api/channel-settings/{channel}',
      '/api/messaging-settings',
      '/api/channel-prices',
      '/api/alimtalk-templates',
      '/api/alimtalk-templates/{code}',
      '/api/delivery-status',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
