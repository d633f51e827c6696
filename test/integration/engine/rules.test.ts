import { customerSendLockKey } from '@journeyflow/engine/nodes/sendCapCount';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const phone = { phone: '010-1234-5678', name: '민지' };
const consent = { sms: '2026-01-01T00:00:00Z', kakao: '2026-01-01T00:00:00Z' };
const adText = '(광고)[데모몰] 쿠폰\n무료수신거부 080-123-4567';

/** promo → ad SMS a1 → 1 h → a2 → 1 h → a3: three ads to one customer within the fatigue window. */
const threeAds = () =>
  aJourney()
    .entryEvent('promo')
    .sms(adText, 'ad', { id: 'a1' })
    .wait('1h')
    .sms(adText, 'ad', { id: 'a2' })
    .wait('1h')
    .sms(adText, 'ad', { id: 'a3' });

describe.each(databaseKinds)('journey rules on %s', (kind) => {
  const h = useEngineHarness(kind);

  const simple = () => aJourney().entryEvent('go').wait('1h').update({ done: true });

  it('re-entry never: one run per customer, ever', async () => {
    await h.publish(simple().settings({ reentry: { mode: 'never' } }));
    await h.track('c', 'go');
    await h.advance('2h');
    await h.track('c', 'go');
    expect(await h.runs('c')).toHaveLength(1);
  });

  it('re-entry never holds under concurrent events for one customer', async () => {
    await h.publish(simple().settings({ reentry: { mode: 'never' } }));
    await h.customer('c');
    await Promise.all(Array.from({ length: 10 }, () => h.track('c', 'go')));
    expect(await h.runs('c')).toHaveLength(1);
  });

  it('re-entry after_exit with cooldown: not while in the journey, not within the cooldown', async () => {
    await h.publish(simple().settings({ reentry: { mode: 'after_exit', cooldownSeconds: 86_400 } }));
    await h.track('c', 'go');
    await h.track('c', 'go'); // still in the journey
    await h.advance('2h');
    await h.track('c', 'go'); // exited, but within the cooldown
    expect(await h.runs('c')).toHaveLength(1);
    await h.advance('1d');
    await h.track('c', 'go');
    expect(await h.runs('c')).toHaveLength(2);
  });

  it('re-entry always: a new run per event, duplicates (same messageId) ignored', async () => {
    await h.publish(simple().settings({ reentry: { mode: 'always' } }));
    const first = await h.track('c', 'go', {}, { messageId: 'm1' });
    const again = await h.track('c', 'go', {}, { messageId: 'm1' });
    await h.track('c', 'go', {}, { messageId: 'm2' });
    expect(first).toMatchObject({ accepted: 1, duplicate: 0 });
    expect(again).toMatchObject({ accepted: 0, duplicate: 1 });
    expect(await h.runs('c')).toHaveLength(2);
  });

  it('entry limit per hour', async () => {
    await h.publish(simple().settings({ entryLimit: 2 }));
    for (const c of ['a', 'b', 'c']) await h.track(c, 'go');
    expect(await h.runs()).toHaveLength(2);
    await h.advance('1h');
    await h.track('d', 'go');
    expect(await h.runs('d')).toHaveLength(1);
  });

  it('goal converts at once (with where), exitOn removes', async () => {
    await h.publish(
      simple().settings({
        goal: { event: 'purchase', where: { trigger: 'properties.category', op: 'eq', value: 'veg' } },
        exitOn: ['unsubscribe'],
      }),
    );
    for (const c of ['buyer', 'other', 'leaver']) await h.track(c, 'go');
    await h.track('buyer', 'purchase', { category: 'veg' });
    await h.track('other', 'purchase', { category: 'meat' });
    await h.track('leaver', 'unsubscribe');
    expect((await h.runs('buyer'))[0]?.status).toBe('converted');
    expect((await h.runs('other'))[0]?.status).toBe('waiting');
    expect((await h.runs('leaver'))[0]?.status).toBe('exited');
    expect((await h.trace('buyer')).join('\n')).toContain('goal purchase reached');
    await h.advance('2h');
    expect((await h.runs('buyer'))[0]?.status).toBe('converted');
  });

  it('journey frequency cap and the workspace fatigue cap skip sends, traced', async () => {
    await h.publish(
      aJourney()
        .entryEvent('go')
        .sms('one', 'info', { id: 's1' })
        .sms('two', 'info', { id: 's2' })
        .sms('three', 'info', { id: 's3' })
        .settings({ frequencyCap: { max: 2, perSeconds: 86_400 }, bypassWorkspaceCapForInfo: true }),
    );
    await h.publish(threeAds());
    await h.customer('c', { attributes: phone, consent });
    await h.track('c', 'go');
    await h.track('c', 'promo');
    await h.advance('1h');
    await h.advance('1h');
    const rows = await h.outbox('c');
    const status = Object.fromEntries(rows.map((r) => [r.node, r.status]));
    expect(status).toMatchObject({
      s1: 'queued',
      s2: 'queued',
      s3: 'skipped',
      a1: 'queued',
      a2: 'queued',
      a3: 'skipped',
    });
    expect(rows.find((r) => r.node === 's3')?.reason).toContain('frequency_cap');
    expect(rows.find((r) => r.node === 'a3')?.reason).toContain('fatigue_cap');
    expect((await h.trace('c')).join('\n')).toContain('SMS skipped: frequency cap 2 per 24h reached');
  });

  it("the workspace's own fatigue cap applies (tighter, or off) instead of the default", async () => {
    const setCap = (cap: { enabled: boolean; max: number; perSeconds: number }) =>
      h.sql.query(
        `insert into messaging_settings (workspace_id, fatigue_cap) values ($1, $2::jsonb)
         on conflict (workspace_id) do update set fatigue_cap = excluded.fatigue_cap`,
        [h.workspaceId, JSON.stringify(cap)],
      );
    await h.publish(threeAds());
    await h.customer('c', { attributes: phone, consent });
    await h.customer('d', { attributes: phone, consent });

    await setCap({ enabled: true, max: 1, perSeconds: 86_400 });
    await h.track('c', 'promo');
    await h.advance('1h');
    await h.advance('1h');
    expect((await h.outbox('c')).map((r) => r.status)).toEqual(['queued', 'skipped', 'skipped']);
    expect((await h.trace('c')).join('\n')).toContain('workspace fatigue cap 1');

    await setCap({ enabled: false, max: 2, perSeconds: 86_400 });
    await h.track('d', 'promo');
    await h.advance('1h');
    await h.advance('1h');
    expect((await h.outbox('d')).map((r) => r.status)).toEqual(['queued', 'queued', 'queued']);
  });

  if (kind === 'postgres')
    it('a capped send waits while another transaction decides a send to the same customer', async () => {
      await h.publish(aJourney().entryEvent('promo').sms(adText, 'ad', { id: 'ad' }));
      await h.customer('c', { attributes: phone, consent });
      const [customer] = await h.sql.query<{ id: string }>(
        "select id from customers where external_id = 'c'",
      );
      // Another worker's transaction is deciding a send to this customer (it holds the customer's lock).
      await h.sql.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
          customerSendLockKey(h.workspaceId, customer!.id),
        ]);
        await h.track('c', 'promo');
        expect(await h.outbox('c')).toEqual([]);
        expect((await h.trace('c')).join('\n')).toContain('deferred: another send to this customer');
      });
      await h.advance(2);
      expect((await h.outbox('c')).map((r) => r.status)).toEqual(['queued']);
    });

  it('quiet hours: ads at night are delayed to 08:00 local, or skipped; night consent lifts it', async () => {
    await h.publish(aJourney().entryEvent('late').sms(adText, 'ad', { id: 'ad' }));
    await h.publish(
      aJourney()
        .entryEvent('lateSkip')
        .sms(adText, 'ad', { id: 'adSkip' })
        .settings({ quietHours: { start: '21:00', end: '08:00', behavior: 'skip' } }),
    );
    await h.customer('c', { attributes: phone, consent });
    await h.customer('owl', { attributes: phone, consent: { ...consent, night: '2026-01-01T00:00:00Z' } });
    h.clock.set('2026-03-02T13:30:00.000Z'); // 22:30 in Seoul
    await h.track('c', 'late');
    await h.track('owl', 'late');
    await h.track('c', 'lateSkip');
    let rows = await h.outbox();
    expect(rows.map((r) => `${r.customer}:${r.node}:${r.status}`).sort()).toEqual([
      'c:adSkip:skipped',
      'owl:ad:queued',
    ]);
    await h.advance('9h'); // 07:30
    expect(await h.outbox('c')).toHaveLength(1);
    await h.advance('30m'); // 08:00
    rows = await h.outbox('c');
    expect(rows.map((r) => `${r.node}:${r.status}`).sort()).toEqual(['ad:queued', 'adSkip:skipped']);
    expect((await h.trace('c')).join('\n')).toContain('SMS delayed: quiet hours 21:00–08:00 Asia/Seoul');
  });

  it('holdout customers enter but are never messaged', async () => {
    await h.publish(
      aJourney().entryEvent('go').sms('hi', 'info', { id: 's' }).settings({ holdoutPercent: 50 }),
    );
    const { ingestEvents } = await import('@journeyflow/engine/ingest/ingestEvents');
    await h.sql.query(
      `insert into customers (id, workspace_id, external_id, phone) select 'cus_' || g, $1, 'c' || g, '01000000000' from generate_series(1, 200) g`,
      [h.workspaceId],
    );
    await ingestEvents(
      h.engine,
      h.workspaceId,
      Array.from({ length: 200 }, (_, i) => ({ externalId: `c${i + 1}`, name: 'go' })),
    );
    const [row] = await h.sql.query<{ holdout: number; skipped: number; queued: number }>(
      `select (select count(*)::int from runs where holdout) as holdout,
              (select count(*)::int from outbox where status = 'skipped' and reason like 'holdout%') as skipped,
              (select count(*)::int from outbox where status = 'queued') as queued`,
    );
    expect(row?.holdout).toBeGreaterThan(60);
    expect(row?.holdout).toBeLessThan(140);
    expect(row?.skipped).toBe(row?.holdout);
    expect(row?.queued).toBe(200 - (row?.holdout ?? 0));
  });
});
