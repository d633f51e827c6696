import { createDeliveryWorker, type DeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { reportDeliveryStatus } from '@journeyflow/engine/delivery/reportDeliveryStatus';
import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { createChannelServices } from '@journeyflow/server/channels/channelServices';
import { listMessages } from '@journeyflow/server/channels/messageService';
import {
  NOT_KAKAO_USER,
  type SolapiPeer,
  sendSmsAndAlimtalkThrough,
  startSolapiPeer,
} from '@journeyflow/server/channels/testing/solapiPeer';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { LOCAL_PEERS_ALLOWED } from '@journeyflow/server/testing/localPeersAllowed';
import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import browseAbandonment from '../engine/fixtures/browse-abandonment.json';
import { EngineHarness } from '../engine/support/engineHarness';

const consent = { sms: '2026-01-01T00:00:00Z', kakao: '2026-01-01T00:00:00Z', push: '2026-01-01T00:00:00Z' };
const LONG_FALLBACK =
  '[데모텔레콤] {{ customer.name }}님, 주문하신 상품이 오늘 출발했습니다. 카카오톡을 사용하지 않으셔서 문자로 안내드립니다. 배송 조회는 홈페이지에서 하실 수 있습니다.';

/** entry.event → AlimTalk (fallback LMS) → next: exit, failed: in-app apology. */
const shippingNotice = aJourney()
  .entryEvent('order_shipped', undefined, { id: 'entry' })
  .send(
    {
      channel: 'alimtalk',
      purpose: 'info',
      content: { templateCode: 'ORDER_SHIPPED', variables: { name: '{{ customer.name }}' } },
      fallback: { channel: 'sms', content: { text: LONG_FALLBACK } },
    },
    {
      id: 'notice',
      failed: (b) =>
        b.send(
          {
            channel: 'inapp',
            purpose: 'info',
            content: { title: '배송 안내', body: '문자 발송에 실패했어요' },
          },
          { id: 'apology' },
        ),
    },
  )
  .exit({ id: 'done' });

/** entry.event → an SMS ad (quiet-hours rule: delay). */
const nightAd = aJourney()
  .entryEvent('cart_updated', undefined, { id: 'entry' })
  .sms('(광고)[데모몰] 장바구니 상품 할인 중\n무료수신거부 080-123-4567', 'ad', { id: 'ad' });

/** entry.event → SMS → wait for the click (1 day) → matched: in-app thanks. */
const clickJourney = aJourney()
  .entryEvent('promo_signup', undefined, { id: 'entry' })
  .sms('가입 감사 쿠폰: shop.example.com/c', 'info', { id: 'sms' })
  .waitEvent(
    'message_clicked',
    '1d',
    (b) =>
      b.send(
        { channel: 'inapp', purpose: 'info', content: { title: '쿠폰 확인 감사해요', body: '…' } },
        { id: 'thanks' },
      ),
    { id: 'clicked' },
  );

describe.each(databaseKinds)('issue 7 "done when" on %s', (kind) => {
  let h: EngineHarness;
  let peer: SolapiPeer;
  let worker: DeliveryWorker;

  beforeAll(async () => {
    h = await EngineHarness.open(kind);
    peer = await startSolapiPeer();
    const channels = createChannelServices({
      sql: h.sql,
      secretKey: 'done-when-secret-key-0123456789abcdef',
      outboundAllow: LOCAL_PEERS_ALLOWED,
    });
    await sendSmsAndAlimtalkThrough(channels.settings, h.workspaceId, peer.url, {
      senderNumber: '1588-0000',
      kakaoChannelId: 'KA01PF_DEMO',
    });
    worker = createDeliveryWorker(h.engine, channels.registry);
  });
  afterAll(async () => {
    await peer?.close();
    await h?.dispose();
  });
  beforeEach(async () => {
    await h.reset();
    await h.sql.query('truncate inapp_messages');
    peer.requests.length = 0;
    peer.failTypes.clear();
  });

  const drain = async () => {
    for (let i = 0; i < 5; i++) await worker.runOnce();
  };
  const sentTypes = () =>
    peer.requests.map((r) => (r.json as { messages: { type: string }[] }).messages[0]!.type);

  it('browse abandonment sends the SMS coupon with the right byte type, then the in-app follow-up; all in the log', async () => {
    await h.publish(browseAbandonment);
    await h.customer('minji', { attributes: { name: '민지', phone: '010-1234-5678' }, consent });
    for (let i = 0; i < 3; i++) {
      await h.track('minji', 'product_viewed', { productId: 'p1', productName: '유기농 사과' });
      h.clock.advance(600);
    }
    await drain();
    const [coupon] = await listMessages(h.sql, h.workspaceId, { channel: 'sms' });
    expect(coupon).toMatchObject({ status: 'sent', purpose: 'ad', nodeId: 'coupon' });
    const text = String(coupon!.rendered.text);
    expect(text).toContain('민지님, 보신 유기농 사과 10% 할인 쿠폰');
    expect(coupon!.rendered.type).toBe(classifySms({ text }).type);
    expect(sentTypes()).toEqual([classifySms({ text }).type]);
    expect(classifySms({ text }).type).toBe('LMS');

    await h.advance('24h');
    await drain();
    const inapp = await listMessages(h.sql, h.workspaceId, { channel: 'inapp' });
    expect(inapp).toEqual([expect.objectContaining({ status: 'delivered', nodeId: 'similar' })]);
    const inbox = await h.sql.query('select title from inapp_messages where external_id = $1', ['minji']);
    expect(inbox).toEqual([{ title: '이런 상품은 어떠세요?' }]);
    expect((await listMessages(h.sql, h.workspaceId, {})).map((m) => `${m.channel}:${m.status}`)).toEqual([
      'inapp:delivered',
      'sms:sent',
    ]);
  });

  it('an AlimTalk whose Kakao send fails falls back to LMS exactly once, traced; the run continues on next', async () => {
    await h.publish(shippingNotice);
    await h.customer('jun', { attributes: { name: '준', phone: '010-5555-6666' }, consent });
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    await h.track('jun', 'order_shipped', { orderNo: 'A-1' });
    await drain();
    await drain();
    expect(sentTypes()).toEqual(['ATA', 'LMS']);
    const log = await listMessages(h.sql, h.workspaceId, { externalId: 'jun' });
    expect(log.map((m) => `${m.channel}:${m.status}`).sort()).toEqual(['alimtalk:failed', 'sms:sent']);
    expect(log.find((m) => m.channel === 'alimtalk')?.reason).toMatch(/^alimtalk_failed_fallback_sms/);
    expect((await h.trace('jun')).join('\n')).toContain('fell back to sms');
    expect((await h.runs('jun'))[0]).toMatchObject({ status: 'completed' });
  });

  it('when the fallback fails too, the run takes the failed handle (chained channel)', async () => {
    await h.publish(shippingNotice);
    await h.customer('hana', { attributes: { name: '하나', phone: '010-7777-8888' }, consent });
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    peer.failTypes.set('LMS', { code: '3059', message: '수신 차단' });
    await h.track('hana', 'order_shipped', { orderNo: 'A-2' });
    await drain();
    await h.tick();
    await drain();
    const log = await listMessages(h.sql, h.workspaceId, { externalId: 'hana' });
    expect(log.map((m) => `${m.nodeId}:${m.channel}:${m.status}`).sort()).toEqual([
      'apology:inapp:delivered',
      'notice:alimtalk:failed',
      'notice:sms:failed',
    ]);
    expect((await h.trace('hana')).join('\n')).toMatch(/notice \w+\(failed\)/);
  });

  it('an ad scheduled at 22:00 KST waits until 08:00 and is then delivered', async () => {
    await h.publish(nightAd);
    await h.customer('night', { attributes: { name: '밤', phone: '010-1111-0000' }, consent });
    h.clock.set('2026-03-02T13:00:00.000Z'); // 22:00 in Seoul
    await h.track('night', 'cart_updated');
    await drain();
    expect(peer.requests).toHaveLength(0);
    expect((await h.trace('night')).join('\n')).toMatch(/quiet hours/);

    h.clock.set('2026-03-02T22:59:00.000Z'); // 07:59
    await h.tick();
    await drain();
    expect(peer.requests).toHaveLength(0);

    await h.advance('1m'); // 08:00
    await drain();
    expect(sentTypes()).toEqual(['SMS']);
    const [ad] = await listMessages(h.sql, h.workspaceId, { externalId: 'night' });
    expect(ad).toMatchObject({ status: 'sent', purpose: 'ad' });
    expect(new Date(ad!.createdAt).toISOString()).toBe('2026-03-02T23:00:00.000Z');
  });

  it('a provider-reported click becomes a message_clicked event that moves a waiting journey on', async () => {
    await h.publish(clickJourney);
    await h.customer('clicker', { attributes: { name: '클릭', phone: '010-2020-3030' }, consent });
    await h.track('clicker', 'promo_signup');
    await drain();
    const [sms] = await listMessages(h.sql, h.workspaceId, { externalId: 'clicker', channel: 'sms' });
    expect(sms).toMatchObject({ status: 'sent' });
    const deps = {
      db: h.sql,
      clock: h.clock,
      ids: randomIds,
      trackEvent: (workspaceId: string, event: Parameters<typeof ingestEvents>[2][number]) =>
        ingestEvents(h.engine, workspaceId, [event]),
    };
    const click = { workspaceId: h.workspaceId, outboxId: sms!.id, status: 'clicked' as const };
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'updated' });
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'unchanged' });
    await h.tick();
    await drain();
    const inapp = await listMessages(h.sql, h.workspaceId, { externalId: 'clicker', channel: 'inapp' });
    expect(inapp).toEqual([expect.objectContaining({ nodeId: 'thanks', status: 'delivered' })]);
  });
});
