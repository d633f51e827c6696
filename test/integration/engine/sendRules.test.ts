import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { reconsentJourney } from '@journeyflow/server/demo/demoJourneys';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const phone = { phone: '010-1234-5678', name: '민지' };
const adText = '(광고)[데모몰] 쿠폰\n무료수신거부 080-123-4567';
const allConsent = {
  sms: '2026-01-01T00:00:00Z',
  kakao: '2026-01-01T00:00:00Z',
  push: '2026-01-01T00:00:00Z',
};

/** The send step asks the rules in engine/src/rules (issue 13/14); the delivery attempt asks the same ones. */
describe.each(databaseKinds)('send-step rules on %s', (kind) => {
  const h = useEngineHarness(kind);

  const setTotalAdCap = (cap: { enabled: boolean; max: number; perSeconds: number }) =>
    h.sql.query(
      `insert into messaging_settings (workspace_id, total_ad_cap) values ($1, $2::jsonb)
       on conflict (workspace_id) do update set total_ad_cap = excluded.total_ad_cap`,
      [h.workspaceId, JSON.stringify(cap)],
    );

  const purposes = async (externalId: string) =>
    h.sql.query<{ node_id: string; purpose: string; status: string; reason: string | null }>(
      'select node_id, purpose, status, reason from outbox where external_id = $1 order by created_at, id',
      [externalId],
    );

  it('an ad template sent by an "info" step is an ad: no consent, no send', async () => {
    const templateId = `tpl_ad_${kind}`;
    await h.sql.query(
      `insert into templates (id, workspace_id, name, channel, purpose, content)
       values ($1, $2, 'ad', 'sms', 'ad', $3::text::jsonb) on conflict (id, workspace_id) do nothing`,
      [templateId, h.workspaceId, JSON.stringify({ text: adText })],
    );
    await h.publish(
      aJourney().entryEvent('go').send({ channel: 'sms', purpose: 'info', templateId }, { id: 'tpl' }),
    );
    await h.customer('nobody', { attributes: phone });
    await h.customer('agreed', { attributes: phone, consent: { sms: '2026-01-01T00:00:00Z' } });
    await h.track('nobody', 'go');
    await h.track('agreed', 'go');
    expect(await purposes('nobody')).toEqual([
      {
        node_id: 'tpl',
        purpose: 'ad',
        status: 'skipped',
        reason: expect.stringMatching(/^consent_missing:/),
      },
    ]);
    // Delivered as an ad, so the delivery attempt re-checks it as one.
    expect(await purposes('agreed')).toEqual([
      { node_id: 'tpl', purpose: 'ad', status: 'queued', reason: null },
    ]);
  });

  it('AlimTalk never carries an ad, even when a published version says so', async () => {
    await h.publish(
      aJourney()
        .entryEvent('go')
        .send(
          { channel: 'alimtalk', purpose: 'ad', content: { templateCode: 'T', variables: {} } },
          { id: 'kakao' },
        ),
    );
    await h.customer('c', { attributes: phone, consent: allConsent });
    await h.track('c', 'go');
    const [row] = await h.outbox('c');
    expect(row).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/^alimtalk_ad_forbidden:/),
    });
  });

  it('the total ad cap counts ads on every channel (per-channel caps alone would let all through)', async () => {
    await setTotalAdCap({ enabled: true, max: 2, perSeconds: 86_400 });
    await h.publish(
      aJourney()
        .entryEvent('go')
        .sms(adText, 'ad', { id: 'sms' })
        .send({ channel: 'brandmessage', purpose: 'ad', content: { text: adText } }, { id: 'brand' })
        .send(
          { channel: 'push', purpose: 'ad', content: { title: '(광고)[데모몰] 쿠폰', body: 'b' } },
          { id: 'push' },
        )
        .sms('주문 확인', 'info', { id: 'info' }),
    );
    await h.customer('c', { attributes: phone, consent: allConsent });
    await h.track('c', 'go');
    const status = Object.fromEntries((await h.outbox('c')).map((r) => [r.node, [r.status, r.reason]]));
    expect(status).toEqual({
      sms: ['queued', null],
      brand: ['queued', null],
      push: ['skipped', expect.stringMatching(/^total_ad_cap: total ad cap 2 ads on all channels per 24h/)],
      // Informational messages do not count against, nor are stopped by, the total ad cap.
      info: ['queued', null],
    });
    expect((await h.trace('c')).join('\n')).toContain('total ad cap 2');
  });

  it('the total ad cap can be turned off', async () => {
    await setTotalAdCap({ enabled: false, max: 1, perSeconds: 86_400 });
    await h.publish(
      aJourney()
        .entryEvent('go')
        .sms(adText, 'ad', { id: 'sms' })
        .send({ channel: 'brandmessage', purpose: 'ad', content: { text: adText } }, { id: 'brand' }),
    );
    await h.customer('c', { attributes: phone, consent: allConsent });
    await h.track('c', 'go');
    expect((await h.outbox('c')).map((r) => r.status)).toEqual(['queued', 'queued']);
  });

  it('consent expires after 730 days, not 730.5 (one constant for the step, delivery and the audience)', async () => {
    await h.publish(aJourney().entryEvent('go').sms(adText, 'ad', { id: 'ad' }));
    // The clock is 2026-03-02T03:00Z: 730 days after 2024-03-02T03:00Z (2024 is a leap year).
    await h.customer('old', { attributes: phone, consent: { sms: '2024-03-02T02:00:00Z' } });
    await h.customer('recent', { attributes: phone, consent: { sms: '2024-03-02T03:00:00Z' } });
    await h.track('old', 'go');
    await h.track('recent', 'go');
    expect((await h.outbox('old'))[0]).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/^consent_expired:/),
    });
    expect((await h.outbox('recent'))[0]).toMatchObject({ status: 'queued' });
  });

  it('the demo re-consent journey asks by informational AlimTalk, which needs no marketing consent', async () => {
    await h.publish(reconsentJourney as unknown as { graph: unknown; settings: unknown });
    // The sms consent is about to expire; kakao was never given: a notice is information, not an ad.
    await h.customer('c', { attributes: phone, consent: { sms: '2024-03-20T00:00:00Z' } });
    await h.track('c', 'consent_expiring', {
      channel: 'sms',
      givenAt: '2024-03-20T00:00:00.000Z',
      expiresAt: '2026-03-20T00:00:00.000Z',
    });
    const [row] = await h.outbox('c');
    expect(row).toMatchObject({ node: 'notice', channel: 'alimtalk', status: 'queued' });
    // The customer reads the channel in words (문자), never the consent key `sms`.
    expect(row?.rendered).toMatchObject({ variables: { channel: '문자', expiresAt: '2026-03-20' } });
  });
});
