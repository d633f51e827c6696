import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useChannelRoutesApp } from '../testing/useChannelRoutesApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  const h = useChannelRoutesApp(kind);

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
      expect((await h.marketer.put('/api/channel-settings/sms', solapi)).status).toBe(403);
      expect((await h.marketer.get('/api/channel-settings')).status).toBe(403);

      const saved = await h.admin.put('/api/channel-settings/sms', solapi);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        channel: 'sms',
        provider: 'solapi',
        config: { baseUrl: 'http://127.0.0.1:9', senderNumber: '02-1234-5678', kakaoChannelId: 'KA01PF' },
        secretsSet: ['apiKey', 'apiSecret'],
      });
      const listed = await h.admin.get('/api/channel-settings');
      for (const body of [JSON.stringify(saved.body), JSON.stringify(listed.body)]) {
        expect(body).not.toContain('super-secret-value-456');
        expect(body).not.toContain('NCS_LIVE_KEY_123');
      }
      const rows = await h.t.db.sql.query('select * from channel_settings where workspace_id = $1', [
        h.workspaceId,
      ]);
      expect(JSON.stringify(rows)).not.toContain('super-secret-value-456');

      // Changing a non-secret field keeps the stored secrets.
      const { apiKey: _k, apiSecret: _s, ...withoutSecrets } = solapi;
      const edited = await h.admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        senderNumber: '1588-0000',
      });
      expect(edited.body).toMatchObject({
        config: { senderNumber: '1588-0000' },
        secretsSet: ['apiKey', 'apiSecret'],
      });
      expect(await h.t.deps.channels.settings.load(h.workspaceId, 'sms')).toMatchObject({
        apiSecret: 'super-secret-value-456',
        senderNumber: '1588-0000',
      });

      expect((await h.admin.put('/api/channel-settings/push', solapi)).status).toBe(422);
      expect((await h.admin.put('/api/channel-settings/sms', { provider: 'solapi' })).status).toBe(422);
      expect((await h.admin.delete('/api/channel-settings/sms')).status).toBe(204);
      expect((await h.admin.get('/api/channel-settings')).body.items).toEqual([]);
    });

    it('refuse to move an endpoint to a new host while keeping the stored secrets (422 secrets_required)', async () => {
      expect((await h.admin.put('/api/channel-settings/sms', solapi)).status).toBe(200);
      const { apiKey: _k, apiSecret: _s, ...withoutSecrets } = solapi;
      const moved = await h.admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'http://attacker.example',
      });
      expect(moved.status).toBe(422);
      expect(moved.body.error).toMatchObject({
        code: 'secrets_required',
        details: { fields: ['apiKey', 'apiSecret'], changed: ['baseUrl'] },
      });
      // Half the secrets is not enough either; nothing was saved.
      const half = await h.admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'http://attacker.example',
        apiKey: 'NEW_KEY',
      });
      expect(half.body.error).toMatchObject({ code: 'secrets_required', details: { fields: ['apiSecret'] } });
      expect(await h.t.deps.channels.settings.load(h.workspaceId, 'sms')).toMatchObject({
        baseUrl: 'http://127.0.0.1:9',
        apiKey: 'NCS_LIVE_KEY_123',
      });
      // With the secrets typed in again the move is saved.
      const resaved = await h.admin.put('/api/channel-settings/sms', {
        ...withoutSecrets,
        baseUrl: 'https://api.other-provider.example',
        apiKey: 'OTHER_KEY',
        apiSecret: 'other-secret',
      });
      expect(resaved.status).toBe(200);
      expect(resaved.body.config.baseUrl).toBe('https://api.other-provider.example');

      const smtp = { provider: 'smtp', host: 'smtp.shop.example', port: 587, from: 'news@shop.example' };
      expect(
        (await h.admin.put('/api/channel-settings/email', { ...smtp, password: 'mail-pass' })).status,
      ).toBe(200);
      for (const change of [{ host: 'mail.attacker.example' }, { port: 2525 }, { secure: true }]) {
        const res = await h.admin.put('/api/channel-settings/email', { ...smtp, ...change });
        expect(res.status).toBe(422);
        expect(res.body.error).toMatchObject({ code: 'secrets_required', details: { fields: ['password'] } });
      }
      // Same endpoint, other fields: the stored password stays.
      expect(
        (await h.admin.put('/api/channel-settings/email', { ...smtp, from: 'hello@shop.example' })).status,
      ).toBe(200);
      expect(await h.t.deps.channels.settings.load(h.workspaceId, 'email')).toMatchObject({
        password: 'mail-pass',
      });
      await h.admin.delete('/api/channel-settings/email');
      await h.admin.delete('/api/channel-settings/sms');
    });

    it('keep messaging settings and prices', async () => {
      expect(
        (await h.marketer.put('/api/messaging-settings', { senderName: '샵', optoutLine: 'x' })).status,
      ).toBe(403);
      const put = await h.admin.put('/api/messaging-settings', {
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
      });
      expect(put.status).toBe(200);
      expect((await h.marketer.get('/api/messaging-settings')).body).toEqual({
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
        fatigueCap: { enabled: true, max: 2, perSeconds: 86_400 },
        totalAdCap: { enabled: true, max: 3, perSeconds: 86_400 },
      });
      const capped = { senderName: '샵', optoutLine: '무료수신거부 080-123-4567' };
      expect(
        (
          await h.admin.put('/api/messaging-settings', {
            ...capped,
            fatigueCap: { enabled: true, max: 0, perSeconds: 60 },
          })
        ).status,
      ).toBe(422);
      expect((await h.marketer.get('/api/messaging-settings')).body.fatigueCap.max).toBe(2);
      const tighter = { enabled: true, max: 1, perSeconds: 7 * 86_400 };
      expect(
        (await h.admin.put('/api/messaging-settings', { ...capped, fatigueCap: tighter })).body.fatigueCap,
      ).toEqual(tighter);
      expect((await h.marketer.get('/api/messaging-settings')).body.fatigueCap).toEqual(tighter);
      // The total ad cap across channels is kept beside it (and the per-channel cap is left alone).
      const total = { enabled: true, max: 4, perSeconds: 2 * 86_400 };
      const saved = await h.admin.put('/api/messaging-settings', {
        ...capped,
        fatigueCap: tighter,
        totalAdCap: total,
      });
      expect(saved.body).toMatchObject({ fatigueCap: tighter, totalAdCap: total });
      expect((await h.marketer.get('/api/messaging-settings')).body.totalAdCap).toEqual(total);
      expect((await h.marketer.get('/api/channel-prices')).body).toEqual({
        SMS: 20,
        LMS: 50,
        MMS: 200,
        ALIMTALK: 13,
        BRAND_MESSAGE: 20,
      });
      expect((await h.marketer.put('/api/channel-prices', { SMS: 1 })).status).toBe(403);
      expect((await h.admin.put('/api/channel-prices', { SMS: 9.9, LMS: 27 })).body).toMatchObject({
        SMS: 9.9,
        LMS: 27,
      });
    });
  });
});
