import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useChannelRoutesApp } from '../testing/useChannelRoutesApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  const h = useChannelRoutesApp(kind);
  const { withKey } = h;

  describe('delivery status callback', () => {
    it('marks a sent message delivered with the API key; unknown ids are 404', async () => {
      await h.t.db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, attempts, provider_message_id)
         values ('msg_cb', $1, 'jrn_1', 1, 'run_cb', 'n3', 1, 'run_cb:n3:1', 'cus_minji', 'minji', 'sms', 'info', 'sent',
           '{}', '{"text":"hi"}', 1, 'M123')`,
        [h.workspaceId],
      );
      const res = await h.t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { providerMessageId: 'M123', status: 'delivered' },
        withKey(h.apiKey),
      );
      expect(res.body).toEqual({ result: 'updated', outboxId: 'msg_cb' });
      const again = await h.t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { providerMessageId: 'M123', status: 'delivered' },
        withKey(h.apiKey),
      );
      expect(again.body.result).toBe('unchanged');
      const missing = await h.t.anonymous.request(
        'POST',
        '/api/delivery-status',
        { outboxId: 'nope', status: 'failed' },
        withKey(h.apiKey),
      );
      expect(missing.status).toBe(404);
      expect(
        (await h.t.anonymous.post('/api/delivery-status', { outboxId: 'msg_cb', status: 'delivered' }))
          .status,
      ).toBe(401);
    });

    it('takes no session cookie and no key without the delivery:report scope', async () => {
      const asMarketer = await h.marketer.post('/api/delivery-status', {
        outboxId: 'msg_cb',
        status: 'failed',
      });
      expect(asMarketer.status).toBe(401);
      const ingestOnly = (await h.admin.post('/api/api-keys', { name: 'browser' })).body.key;
      const res = await h.t.anonymous.request(
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
      const [row] = await h.t.db.sql.query("select status from outbox where id = 'msg_cb'");
      expect(row).toEqual({ status: 'delivered' });
    });
  });
});
