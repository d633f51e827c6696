import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useChannelRoutesApp } from '../testing/useChannelRoutesApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  const h = useChannelRoutesApp(kind);
  const { withKey } = h;

  describe('080 opt-outs', () => {
    it('records numbers normalised, once, with the API key or a session', async () => {
      const res = await h.t.anonymous.request(
        'POST',
        '/api/optouts',
        { phones: ['010-2222-3333', '+82 10-2222-3333', '01044445555'] },
        withKey(h.apiKey),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ added: 2, total: 2 });
      expect((await h.marketer.post('/api/optouts', { phones: ['010 4444 5555'] })).body).toEqual({
        added: 0,
        total: 2,
      });
      const list = await h.marketer.get('/api/optouts');
      expect(list.body.items.map((o: { phone: string }) => o.phone).sort()).toEqual([
        '01022223333',
        '01044445555',
      ]);
      expect((await h.t.anonymous.post('/api/optouts', { phones: ['01011112222'] })).status).toBe(401);
      expect((await h.marketer.post('/api/optouts', { phones: ['hello'] })).status).toBe(422);
    });
  });

  describe('messages log', () => {
    it('lists outbox rows in the SPEC shape with filters, SMS with its type', async () => {
      await h.t.db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, reason, attempts, created_at, updated_at)
         values
           ('msg_a', $1, 'jrn_1', 1, 'run_a', 'n3', 1, 'run_a:n3:1', 'cus_minji', 'minji', 'sms', 'info', 'delivered',
            '{}', '{"text":"쿠폰"}', null, 1, now() - interval '1 minute', now()),
           ('msg_b', $1, 'jrn_1', 1, 'run_b', 'n3', 1, 'run_b:n3:1', 'cus_jun', 'jun', 'sms', 'ad', 'skipped',
            '{}', '{}', 'opted_out: 080', 0, now(), now()),
           ('msg_other', 'ws_other', 'jrn_9', 1, 'run_c', 'n3', 1, 'run_c:n3:1', 'cus_x', 'minji', 'sms', 'info', 'sent',
            '{}', '{}', null, 1, now(), now())`,
        [h.workspaceId],
      );
      const all = await h.marketer.get('/api/messages');
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
      const skipped = await h.marketer.get(
        '/api/messages?status=skipped&externalId=jun&journeyId=jrn_1&channel=sms',
      );
      expect(skipped.body.items).toEqual([
        expect.objectContaining({ id: 'msg_b', reason: 'opted_out: 080' }),
      ]);
      expect((await h.marketer.get('/api/messages?status=bogus')).status).toBe(422);
    });
  });

  it('describes every channel route in the OpenAPI document', async () => {
    const doc = await h.t.anonymous.get('/api/openapi.json');
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
