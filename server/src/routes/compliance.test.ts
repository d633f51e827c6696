import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

const compliantAd = '(광고)[샵] 주말 세일!\n무료수신거부 080-123-4567';

/** entry.event → send (by template) → exit. */
const templateSendGraph = (templateId: string, purpose: 'ad' | 'info') =>
  aJourney()
    .entryEvent('go', undefined, { id: 'entry' })
    .send({ channel: 'sms', purpose, templateId }, { id: 'send' })
    .exit({ id: 'done' })
    .build().graph;

describe.each(databaseKinds)('compliance on every path, through the API, on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer', 'admin']);
  let workspaceId: string;

  beforeAll(async () => {
    workspaceId = (await h.admin.get('/api/auth/me')).body.user.workspaceId;
    const put = await h.admin.put('/api/messaging-settings', {
      senderName: '샵',
      optoutLine: '무료수신거부 080-123-4567',
    });
    expect(put.status).toBe(200);
  });

  /** An SMS ad template saved through the API. */
  const postSmsAd = (name: string, text: string) =>
    h.marketer.post('/api/templates', { name, channel: 'sms', purpose: 'ad', content: { text } });

  it('refuses to save an ad template without (광고), sender or the workspace 080 line: 422 with coded issues', async () => {
    const bare = await postSmsAd('bare ad', '주말 세일!');
    expect(bare.status).toBe(422);
    expect(bare.body.error.code).toBe('validation_failed');
    expect(bare.body.error.details.issues.map((i: { code: string }) => i.code).sort()).toEqual([
      'ad_missing_optout',
      'ad_missing_prefix',
      'ad_missing_sender',
    ]);

    const otherNumber = await postSmsAd('other 080', '(광고)[샵] 주말 세일!\n무료수신거부 080-999-0000');
    expect(otherNumber.status).toBe(422);
    expect(otherNumber.body.error.details.issues).toEqual([
      expect.objectContaining({
        code: 'ad_optout_number_mismatch',
        params: { number: '080-123-4567' },
        field: 'text',
      }),
    ]);

    const alimtalkAd = await h.marketer.post('/api/templates', {
      name: 'alimtalk ad',
      channel: 'alimtalk',
      purpose: 'ad',
      content: { templateCode: 'X', variables: {} },
    });
    expect(alimtalkAd.status).toBe(422);

    const ok = await postSmsAd('ok ad', compliantAd);
    expect(ok.status).toBe(201);
    // Editing it into breaking the rules is refused as well.
    const broken = await h.marketer.put(`/api/templates/${ok.body.id}`, {
      name: 'ok ad',
      channel: 'sms',
      purpose: 'ad',
      content: { text: '(광고) 세일' },
    });
    expect(broken.status).toBe(422);
  });

  it('checks a send step by templateId like inline content: validate reports it, submit refuses it', async () => {
    // A template saved before the rules (or by SQL) that breaks them.
    await h.t.db.sql.query(
      `insert into templates (id, workspace_id, name, channel, purpose, content)
       values ('tpl_legacy_ad', $1, 'legacy ad', 'sms', 'ad', '{"text":"주말 세일!"}'::jsonb)`,
      [workspaceId],
    );
    const created = await h.marketer.post('/api/journeys', {
      name: 'legacy template ad',
      graph: templateSendGraph('tpl_legacy_ad', 'ad'),
      settings: {},
    });
    expect(created.status).toBe(201);
    const validation = await h.marketer.post(`/api/journeys/${created.body.id}/validate`);
    expect(validation.body.valid).toBe(false);
    expect(
      validation.body.issues
        .filter((i: { nodeId?: string }) => i.nodeId === 'send')
        .map((i: { code: string }) => i.code)
        .sort(),
    ).toEqual(['ad_missing_optout', 'ad_missing_prefix', 'ad_missing_sender']);
    const submitted = await h.marketer.post(`/api/journeys/${created.body.id}/submit`);
    expect(submitted.status).toBe(422);
  });

  it('an info step cannot send an ad template (no downgrade): refused at validate and submit', async () => {
    const ad = await postSmsAd('compliant ad', compliantAd);
    const created = await h.marketer.post('/api/journeys', {
      name: 'ad as info',
      graph: templateSendGraph(ad.body.id, 'info'),
      settings: {},
    });
    const validation = await h.marketer.post(`/api/journeys/${created.body.id}/validate`);
    expect(validation.body.issues).toContainEqual(
      expect.objectContaining({ nodeId: 'send', code: 'template_purpose_mismatch', severity: 'error' }),
    );
    expect((await h.marketer.post(`/api/journeys/${created.body.id}/submit`)).status).toBe(422);
  });

  it('publish checks again: an approved journey whose template no longer names the workspace 080 number is refused', async () => {
    const ad = await postSmsAd('publish-time ad', compliantAd);
    expect(ad.status).toBe(201);
    const created = await h.marketer.post('/api/journeys', {
      name: 'approved then non-compliant',
      graph: templateSendGraph(ad.body.id, 'ad'),
      settings: {},
    });
    expect((await h.marketer.post(`/api/journeys/${created.body.id}/submit`)).status).toBe(200);
    expect((await h.reviewer.post(`/api/journeys/${created.body.id}/approve`)).status).toBe(200);
    // The workspace moves to a new 080 line after approval.
    const moved = await h.admin.put('/api/messaging-settings', {
      senderName: '샵',
      optoutLine: '무료수신거부 080-555-0000',
    });
    expect(moved.status).toBe(200);
    try {
      const published = await h.marketer.post(`/api/journeys/${created.body.id}/publish`, {});
      expect(published.status).toBe(422);
      expect(published.body.error.details.issues).toContainEqual(
        expect.objectContaining({ nodeId: 'send', code: 'ad_optout_number_mismatch' }),
      );
    } finally {
      await h.admin.put('/api/messaging-settings', {
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
      });
    }
  });
});
