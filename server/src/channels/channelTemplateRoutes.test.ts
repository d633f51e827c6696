import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { anSmsTemplate } from '../testing/smsTemplates';
import { useChannelRoutesApp } from '../testing/useChannelRoutesApp';

describe.each(databaseKinds)('channel routes on %s', (kind) => {
  const h = useChannelRoutesApp(kind);

  describe('templates', () => {
    it('creates, reads, lists, updates and deletes', async () => {
      const created = await h.marketer.post(
        '/api/templates',
        anSmsTemplate('Coupon SMS', '{{ customer.name }}님 쿠폰 SAVE10'),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^tpl_/),
        channel: 'sms',
        purpose: 'info',
      });
      const id = created.body.id;
      // Stored as a JSON object (the engine reads it), not a JSON string, on both databases.
      const [stored] = await h.t.db.sql.query(
        'select jsonb_typeof(content) as t from templates where id = $1',
        [id],
      );
      expect(stored).toEqual({ t: 'object' });
      expect((await h.marketer.get(`/api/templates/${id}`)).body.content).toEqual({
        text: '{{ customer.name }}님 쿠폰 SAVE10',
      });
      expect(
        (await h.marketer.get('/api/templates?channel=sms')).body.items.map((x: { id: string }) => x.id),
      ).toContain(id);
      expect((await h.marketer.get('/api/templates?channel=push')).body.items).toEqual([]);

      const updated = await h.marketer.put(`/api/templates/${id}`, anSmsTemplate('Coupon SMS v2', '새 문구'));
      expect(updated.status).toBe(200);
      expect(updated.body.name).toBe('Coupon SMS v2');
      const versions = await h.marketer.get(`/api/templates/${id}/versions`);
      expect(
        versions.body.items.map((v: { version: number; content: unknown }) => [v.version, v.content]),
      ).toEqual([
        [2, { text: '새 문구' }],
        [1, { text: '{{ customer.name }}님 쿠폰 SAVE10' }],
      ]);
      // Who saved each version, for the history tab.
      const me = (await h.marketer.get('/api/auth/me')).body;
      const marketerId = me.user?.id ?? me.id;
      expect(versions.body.items[0]).toMatchObject({
        createdBy: marketerId,
        createdByName: expect.any(String),
      });
      expect((await h.marketer.delete(`/api/templates/${id}`)).status).toBe(204);
      expect((await h.marketer.get(`/api/templates/${id}`)).status).toBe(404);
    });

    it('rejects content that does not match the channel', async () => {
      // SMS content (a text) sent as a push template, which needs a title and a body.
      const res = await h.marketer.post('/api/templates', {
        ...anSmsTemplate('Bad', 'push needs title and body'),
        channel: 'push',
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    });

    it('previews with a chosen customer, the sample customer, and reports missing variables as errors', async () => {
      const created = await h.marketer.post('/api/templates', {
        name: 'Browse abandonment',
        channel: 'sms',
        purpose: 'info',
        content: {
          text: '{{ customer.name }}님, 보고 계시던 {{ event.properties.productName }} 상품이 아직 장바구니에 있어요. 오늘 자정까지 10% 할인 쿠폰을 드립니다.',
        },
      });
      const id = created.body.id;
      const chosen = await h.marketer.post(`/api/templates/${id}/preview`, {
        externalId: 'minji',
        event: { name: 'product_viewed', properties: { productName: '겨울 패딩' } },
      });
      expect(chosen.status).toBe(200);
      expect(chosen.body.rendered.text).toMatch(/^민지님, 보고 계시던 겨울 패딩 상품이/);
      expect(chosen.body.missingVariables).toEqual([]);
      expect(chosen.body.sms).toMatchObject({ type: 'LMS', overLimit: false });
      expect(chosen.body.sms.bytes).toBeGreaterThan(90);

      const sample = await h.marketer.post(`/api/templates/${id}/preview`, {});
      expect(sample.status).toBe(200);
      expect(sample.body.rendered.text).toMatch(/^김민지님/);
      expect(sample.body.missingVariables).toEqual(['event']);
      expect(sample.body.issues).toContainEqual(
        expect.objectContaining({ code: 'missing_variable', severity: 'error' }),
      );
      expect((await h.marketer.post(`/api/templates/${id}/preview`, { externalId: 'nobody' })).status).toBe(
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
      const refused = await h.marketer.post('/api/templates', ad);
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.issues).toContainEqual(
        expect.objectContaining({ code: 'ad_missing_optout' }),
      );
      // One saved before the rule (or written by SQL) is still flagged by the preview.
      await h.t.db.sql.query(
        `insert into templates (id, workspace_id, name, channel, purpose, content)
         values ('tpl_legacy_preview', $1, 'Ad', 'sms', 'ad', $2::text::jsonb)`,
        [h.workspaceId, JSON.stringify(ad.content)],
      );
      const preview = await h.marketer.post('/api/templates/tpl_legacy_preview/preview', {});
      expect(preview.body.issues).toContainEqual(expect.objectContaining({ code: 'ad_missing_optout' }));
    });

    it("fills a registered AlimTalk template's #{variables}", async () => {
      expect(
        (
          await h.admin.put('/api/alimtalk-templates/ORDER_SHIPPED', {
            name: '배송 출발',
            body: '#{name}님, 주문 #{orderNo} 상품이 출발했어요.',
          })
        ).status,
      ).toBe(200);
      const created = await h.marketer.post('/api/templates', {
        name: 'Shipped',
        channel: 'alimtalk',
        purpose: 'info',
        content: {
          templateCode: 'ORDER_SHIPPED',
          variables: { name: '{{ customer.name }}', orderNo: 'A-1001' },
        },
      });
      const preview = await h.marketer.post(`/api/templates/${created.body.id}/preview`, {
        externalId: 'minji',
      });
      expect(preview.body.rendered.text).toBe('민지님, 주문 A-1001 상품이 출발했어요.');
    });

    it('requires a session', async () => {
      expect((await h.t.anonymous.get('/api/templates')).status).toBe(401);
    });
  });
});
