import type { DeliveryOutcome } from '@journeyflow/engine/delivery/outboxMessage';
import { reportDeliveryStatus } from '@journeyflow/engine/delivery/reportDeliveryStatus';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { NOT_KAKAO_USER } from '@journeyflow/server/channels/testing/solapiPeer';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, failures, outcomes, aWorker, useSolapi, queueToNewCustomer } = h;

  const LONG_TEXT =
    '[샵] 민지님, 주문하신 상품이 출발했어요. 카카오톡을 쓰지 않으셔서 문자로 알려드립니다. 배송 조회는 shop.example.com/track 에서 하실 수 있어요.';

  it('falls back from a failed AlimTalk to LMS exactly once and traces it', async () => {
    await useSolapi();
    h.peer.failTypes.set('ATA', NOT_KAKAO_USER);
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'ORDER_SHIPPED', variables: { name: '민지' } },
      fallback: { channel: 'sms', content: { text: LONG_TEXT }, rendered: { text: LONG_TEXT } },
    });
    const [first, second] = [aWorker(), aWorker()];
    expect(await first.runOnce()).toMatchObject({ claimed: 1, fellBack: 1 });
    expect(await second.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    await first.runOnce();
    await second.runOnce();

    const rows = await outboxRows(h.db.sql, h.workspaceId);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['alimtalk', 'failed'],
      ['sms', 'sent'],
    ]);
    expect(rows[0]!.reason).toBe('alimtalk_failed_fallback_sms: 3104: 카카오톡 미사용자');
    expect(rows[1]!.idempotency_key).toBe(`${queued.idempotencyKey}:fallback`);
    const [jsonTypes] = await h.db.sql.query(
      'select jsonb_typeof(content) as content, jsonb_typeof(rendered) as rendered from outbox where id = $1',
      [rows[1]!.id],
    );
    expect(jsonTypes).toEqual({ content: 'object', rendered: 'object' });
    const types = h.peer.requests.map((r) => (r.json as { messages: { type: string }[] }).messages[0]!.type);
    expect(types).toEqual(['ATA', 'LMS']);
    expect(failures).toEqual([]);
    // Only the fallback's result resumes the run.
    expect(outcomes).toEqual([
      expect.objectContaining({ outcome: 'sent', runId: queued.runId, channel: 'sms' }),
    ]);

    const trace = await h.db.sql.query<{ kind: string; reason: string; code: string; params: unknown }>(
      'select kind, reason, code, params from run_trace where run_id = $1',
      [queued.runId],
    );
    expect(trace).toEqual([
      {
        kind: 'fallback',
        reason: expect.stringContaining('fell back to sms'),
        // The same as code + params for the web's words (issue 16).
        code: 'send.fell_back',
        params: { channel: 'alimtalk', fallback: 'sms' },
      },
    ]);
  });

  it('takes the failed handle when the fallback fails too', async () => {
    await useSolapi();
    h.peer.failTypes.set('ATA', NOT_KAKAO_USER);
    h.peer.failTypes.set('SMS', { code: '3059', message: '변작된 발신번호' });
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: { text: 'short' } },
    });
    const worker = aWorker();
    await worker.runOnce();
    await worker.runOnce();
    expect(failures).toEqual([expect.objectContaining({ runId: queued.runId, channel: 'sms' })]);
    expect((await outboxRows(h.db.sql, h.workspaceId)).map((r) => r.status)).toEqual(['failed', 'failed']);
  });

  it('applies provider status reports: a later Kakao failure still falls back once; delivered; clicked', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: { text: 'short text' } },
    });
    const worker = aWorker();
    expect(await worker.runOnce()).toMatchObject({ sent: 1 }); // the provider accepted the AlimTalk
    const deps = {
      db: h.db.sql,
      clock,
      ids: randomIds,
      onOutcome: async (_tx: unknown, o: DeliveryOutcome) => {
        outcomes.push(o);
      },
    };
    const report = {
      workspaceId: h.workspaceId,
      idempotencyKey: queued.idempotencyKey,
      status: 'failed' as const,
      error: 'Kakao delivery failed',
    };
    expect(await reportDeliveryStatus(deps, report)).toMatchObject({
      result: 'fellBack',
      outboxId: queued.id,
    });
    expect(await reportDeliveryStatus(deps, report)).toMatchObject({ result: 'unchanged' });
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    const [, fallbackRow] = await outboxRows(h.db.sql, h.workspaceId);
    expect(fallbackRow).toMatchObject({ channel: 'sms', status: 'sent' });

    expect(
      await reportDeliveryStatus(deps, {
        workspaceId: h.workspaceId,
        providerMessageId: fallbackRow!.provider_message_id!,
        status: 'delivered',
      }),
    ).toMatchObject({ result: 'updated' });
    expect((await outboxRows(h.db.sql, h.workspaceId))[1]).toMatchObject({ status: 'delivered' });
    expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent', 'delivered']);

    const click = { workspaceId: h.workspaceId, outboxId: fallbackRow!.id, status: 'clicked' as const };
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'updated' });
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'unchanged' });
    const events = await h.db.sql.query('select name from events where workspace_id = $1', [h.workspaceId]);
    expect(events).toEqual([{ name: 'message_clicked' }]);
    expect(
      await reportDeliveryStatus(deps, {
        workspaceId: h.workspaceId,
        outboxId: 'msg_nope',
        status: 'delivered',
      }),
    ).toEqual({
      result: 'not_found',
    });
  });
});
