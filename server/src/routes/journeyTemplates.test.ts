import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

describe.each(databaseKinds)('journey gallery on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);

  it('lists the seed journeys with Korean descriptions and blank workspace references', async () => {
    const response = await h.marketer.get('/api/journey-templates');
    expect(response.status).toBe(200);
    const ids = response.body.map((template: { id: string }) => template.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'browse-abandonment',
        'churn-risk',
        'dormant-reactivation',
        'purchase-cycle',
        'vip-welcome',
        'birthday',
        'reconsent',
      ]),
    );
    const churn = response.body.find((template: { id: string }) => template.id === 'churn-risk');
    expect(churn.description).toMatch(/[가-힣]/);
    expect(churn.descriptionEn).toMatch(/churn/i);
    expect(JSON.stringify(churn.graph)).not.toContain('seg_churn_risk');
    expect(JSON.stringify(churn.graph)).not.toContain('PLAN_FIT_01');
    expect(churn.graph.nodes.find((n: { id: string }) => n.id === 'entry').settings.segmentId).toBe('');
  });

  it('offers the ready re-consent journey (informational AlimTalk, its registered code left to fill)', async () => {
    const response = await h.marketer.get('/api/journey-templates');
    const reconsent = response.body.find((template: { id: string }) => template.id === 'reconsent');
    expect(reconsent.description).toMatch(/수신동의/);
    expect(reconsent.graph.nodes.find((n: { id: string }) => n.id === 'entry').settings.event).toBe(
      'consent_expiring',
    );
    const send = reconsent.graph.nodes.find((n: { id: string }) => n.id === 'notice');
    expect(send.settings.purpose).toBe('info');
    expect(send.settings.content.templateCode).toBe('');
  });

  it('creates a draft from a template whose validation names the placeholders to fill', async () => {
    const created = await h.marketer.post('/api/journeys', {
      name: '이탈 방지 (템플릿)',
      fromTemplate: 'churn-risk',
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect(created.body.graph.nodes.length).toBeGreaterThan(3);
    expect(created.body.settings.timezone).toBe('Asia/Seoul');
    const validation = await h.marketer.post(`/api/journeys/${created.body.id}/validate`, {});
    expect(validation.body.valid).toBe(false);
    const flagged = new Set(validation.body.issues.map((issue: { nodeId?: string }) => issue.nodeId));
    expect(flagged.has('entry')).toBe(true);
    expect(flagged.has('notice')).toBe(true);
  });

  it('refuses an unknown template clearly and asks for sign-in', async () => {
    const unknown = await h.marketer.post('/api/journeys', { name: 'x', fromTemplate: 'nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect((await h.t.anonymous.get('/api/journey-templates')).status).toBe(401);
  });

  it('saves a journey as the workspace’s own template, seen only in that workspace', async () => {
    const source = await h.marketer.post('/api/journeys', {
      name: '우리 팀 환영 여정',
      fromTemplate: 'vip-welcome',
    });
    const saved = await h.marketer.post('/api/journey-templates', { journeyId: source.body.id });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: '우리 팀 환영 여정', workspace: true });
    const list = await h.marketer.get('/api/journey-templates');
    expect(list.body[0].id).toBe(saved.body.id);
    const copy = await h.marketer.post('/api/journeys', { name: '복사본', fromTemplate: saved.body.id });
    expect(copy.status).toBe(201);
    expect(copy.body.graph).toEqual(source.body.graph);

    const admin = await h.t.login('admin@demo.local');
    const other = await admin.post('/api/workspaces', {
      name: '다른 회사',
      admin: { email: 'other-admin@example.com', name: '다른 관리자', password: 'other-password-1' },
    });
    expect(other.status).toBe(201);
    const stranger = await h.t.login('other-admin@example.com', 'other-password-1');
    const theirs = await stranger.get('/api/journey-templates');
    expect(theirs.body.some((template: { id: string }) => template.id === saved.body.id)).toBe(false);
    const refused = await stranger.post('/api/journeys', { name: 'x', fromTemplate: saved.body.id });
    expect(refused.status).toBe(404);
    expect((await stranger.post('/api/journey-templates', { journeyId: source.body.id })).status).toBe(404);
  });
});
