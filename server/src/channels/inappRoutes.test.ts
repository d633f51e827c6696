import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useChannelRoutesApp } from '../testing/useChannelRoutesApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  const h = useChannelRoutesApp(kind);
  const { withKey } = h;

  describe('in-app', () => {
    const issue = async (externalId: string) => {
      const res = await h.t.anonymous.request('POST', '/api/inapp/token', { externalId }, withKey(h.apiKey));
      expect(res.status).toBe(200);
      return res.body.token as string;
    };

    /** A request from the shop's page (another origin), where the in-app widget runs. */
    const fromShop = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
      h.t.app.request(path, { method, headers: { origin: 'https://shop.example.com', ...headers } });

    it('issues tokens only with an API key and for known customers', async () => {
      expect((await h.t.anonymous.post('/api/inapp/token', { externalId: 'minji' })).status).toBe(401);
      expect(
        (await h.t.anonymous.request('POST', '/api/inapp/token', { externalId: 'ghost' }, withKey(h.apiKey)))
          .status,
      ).toBe(404);
      const res = await h.t.anonymous.request(
        'POST',
        '/api/inapp/token',
        { externalId: 'minji' },
        withKey(h.apiKey),
      );
      expect(res.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    });

    it("scopes the inbox to the token's customer", async () => {
      await h.t.db.sql.query(
        `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body)
         values ('inapp_1', $1, 'cus_minji', 'minji', 'msg_i1', 'info', '환영해요', '첫 구매 쿠폰이 도착했어요')`,
        [h.workspaceId],
      );
      const minji = await issue('minji');
      const jun = await issue('jun');
      const inbox = await h.t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(minji)}`);
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
      expect((await h.t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(jun)}`)).body).toEqual({
        items: [],
        unread: 0,
      });
      expect(
        (await h.t.anonymous.post(`/api/inapp/messages/inapp_1/read?token=${encodeURIComponent(jun)}`))
          .status,
      ).toBe(404);
      const read = await h.t.anonymous.post(
        `/api/inapp/messages/inapp_1/read?token=${encodeURIComponent(minji)}`,
      );
      expect(read.status).toBe(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      expect(
        (await h.t.anonymous.get(`/api/inapp/messages?token=${encodeURIComponent(`${minji}x`)}`)).status,
      ).toBe(401);
    });

    it('lets the widget on another origin mark a message read (CORS preflight + CSRF header)', async () => {
      await h.t.db.sql.query(
        `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body)
         values ('inapp_cors', $1, 'cus_minji', 'minji', 'msg_cors', 'info', 't', 'b')`,
        [h.workspaceId],
      );
      const token = encodeURIComponent(await issue('minji'));
      const path = `/api/inapp/messages/inapp_cors/read?token=${token}`;
      const preflight = await fromShop(path, 'OPTIONS', {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-requested-with',
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
        'x-requested-with',
      );
      const read = await fromShop(path, 'POST', {
        'sec-fetch-site': 'cross-site',
        'x-requested-with': 'journeyflow',
      });
      expect(read.status).toBe(200);
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('serves the widget script with CORS', async () => {
      const res = await fromShop('/api/inapp/widget.js');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/javascript');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const script = await res.text();
      expect(script).toContain("customElements.define('journeyflow-inbox'");
      // It must be valid JavaScript.
      expect(() => new Function(script)).not.toThrow();
    });
  });
});
