import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { publishAsFirstVersion } from '../testing/publishAsFirstVersion';
import { useTestApp } from '../testing/useTestApp';

const base = { senderName: '샵', optoutLine: '무료수신거부 080-123-4567' };

const graph = aJourney()
  .entryEvent('signup', undefined, { id: 'entry' })
  .sms('쿠폰 https://shop.example.com/c 확인', 'info', { id: 'sms' })
  .build().graph;

describe.each(databaseKinds)('workspace link host (Settings → messaging) on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'admin']);

  it('refuses a host that is not an http(s) origin, with a 422 naming the field', async () => {
    for (const linkHost of [
      'ftp://go.shop.kr',
      'javascript:alert(1)',
      'https://go.shop.kr/l',
      'https://go.shop.kr?a=1',
      'https://user:pw@go.shop.kr',
      `https://${'a'.repeat(200)}.kr`,
      42,
    ]) {
      const res = await h.admin.put('/api/messaging-settings', { ...base, linkHost });
      expect(res.status, String(linkHost)).toBe(422);
      expect(JSON.stringify(res.body.error)).toContain('linkHost');
    }
    expect((await h.marketer.get('/api/messaging-settings')).body.linkHost).toBeUndefined();
  });

  it('keeps a valid host (trailing slash dropped), builds sent links on it, and the redirect answers on any host', async () => {
    const saved = await h.admin.put('/api/messaging-settings', { ...base, linkHost: 'https://go.shop.kr/' });
    expect(saved.status).toBe(200);
    expect(saved.body.linkHost).toBe('https://go.shop.kr');
    expect((await h.marketer.get('/api/messaging-settings')).body.linkHost).toBe('https://go.shop.kr');

    const created = await h.marketer.post('/api/journeys', { name: '링크 호스트', graph, settings: {} });
    const journeyId = created.body.id as string;
    await publishAsFirstVersion(h.t, h.marketer, { id: journeyId, graph });
    await h.marketer.post('/api/customers/batch', {
      customers: [{ externalId: 'host-a', attributes: { phone: '010-2100-0001' } }],
    });
    await h.marketer.post('/api/events/batch', { events: [{ externalId: 'host-a', name: 'signup' }] });
    const [row] = await h.t.db.sql.query<{ rendered: { text: string } }>(
      'select rendered from outbox where journey_id = $1',
      [journeyId],
    );
    const match = /^쿠폰 https:\/\/go\.shop\.kr\/l\/([0-9A-Za-z]{8}) 확인$/.exec(row?.rendered.text ?? '');
    expect(match, row?.rendered.text).not.toBeNull();
    for (const host of ['go.shop.kr', 'localhost:3000']) {
      const res = await h.t.app.request(`http://${host}/l/${match?.[1]}`, { headers: { host } });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toMatch(/^https:\/\/shop\.example\.com\/c\?utm_source=journeyflow/);
    }

    // Left out again, the installation's JOURNEYFLOW_PUBLIC_URL is back.
    const cleared = await h.admin.put('/api/messaging-settings', base);
    expect(cleared.body.linkHost).toBeUndefined();
    expect((await h.marketer.get('/api/messaging-settings')).body.linkHost).toBeUndefined();
  });
});
