import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createEngineTestApp } from '../testing/createEngineTestApp';
import { anSmsTemplate, createSmsTemplate } from '../testing/smsTemplates';
import { submitAndApprove } from '../testing/submitAndApprove';
import { templateSendGraph } from '../testing/templateSendGraph';
import { useTestApp } from '../testing/useTestApp';
import { syncJourneyStatus } from './runsEngine';

/** entry (signed_up) → wait 1h → SMS with `text`. */
const graph = (text: string) =>
  aJourney()
    .entryEvent('signed_up', undefined, { id: 'entry' })
    .wait('1h', { id: 'wait' })
    .sms(text, 'info', { id: 'hello' })
    .build().graph;

describe.each(databaseKinds)('engine wired into publishing on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer'], createEngineTestApp);

  const approveAndPublish = async (id: string, body: Record<string, unknown> = {}) => {
    await submitAndApprove(h.marketer, h.reviewer, id);
    return h.marketer.post(`/api/journeys/${id}/publish`, body);
  };

  /** A draft journey sending a stored template; answers its id. */
  const draftSending = async (name: string, graph: unknown) => {
    const created = await h.marketer.post('/api/journeys', { name, graph, settings: {} });
    return created.body.id as string;
  };

  /** The text of the (one) message the journey queued. */
  const sentText = async (journeyId: string) => {
    const [row] = await h.t.db.sql.query<{ rendered: { text?: string } | string }>(
      'select rendered from outbox where journey_id = $1',
      [journeyId],
    );
    const rendered = typeof row?.rendered === 'string' ? JSON.parse(row.rendered) : row?.rendered;
    return rendered?.text;
  };

  it('a published version keeps sending the template text it was approved with after the template changes', async () => {
    const templateId = await createSmsTemplate(h.marketer, 'Order thanks', 'v1 주문 감사합니다');
    const id = await draftSending('Thanks', templateSendGraph('ordered', 'thanks', templateId));
    expect((await approveAndPublish(id)).status).toBe(200);
    const edited = await h.marketer.put(
      `/api/templates/${templateId}`,
      anSmsTemplate('Order thanks', 'v2 not approved yet'),
    );
    expect(edited.status).toBe(200);
    await h.marketer.post('/api/customers', { externalId: 'tpl1', attributes: { phone: '01022223333' } });
    expect((await h.marketer.post('/api/events', { externalId: 'tpl1', name: 'ordered' })).status).toBe(202);
    await stepDueRuns(h.t.deps.engine);
    expect(await sentText(id)).toBe('v1 주문 감사합니다');
  });

  it('the engine sends the template version pinned at submit, even if the template row moved on before publish', async () => {
    const templateId = await createSmsTemplate(h.marketer, 'Pinned', 'reviewed text');
    const id = await draftSending('Pinned send', templateSendGraph('pinned_evt', 'send', templateId));
    await submitAndApprove(h.marketer, h.reviewer, id);
    // A write that went around the template service (no review reset): a newer version before publish.
    await h.t.db.sql.query(
      `update templates set content = '{"text":"sneaked in"}'::jsonb, version = 2 where id = $1`,
      [templateId],
    );
    await h.t.db.sql.query(
      `insert into template_versions (template_id, version, workspace_id, name, channel, purpose, content, created_at)
       select id, 2, workspace_id, name, channel, purpose, content, now() - interval '1 second' from templates where id = $1`,
      [templateId],
    );
    expect((await h.marketer.post(`/api/journeys/${id}/publish`, {})).status).toBe(200);
    await h.marketer.post('/api/customers', { externalId: 'pin1', attributes: { phone: '01033334444' } });
    expect((await h.marketer.post('/api/events', { externalId: 'pin1', name: 'pinned_evt' })).status).toBe(
      202,
    );
    await stepDueRuns(h.t.deps.engine);
    expect(await sentText(id)).toBe('reviewed text');
  });

  it('a journey published through the API takes events in, and pause / resume / archive reach its runs', async () => {
    const created = await h.marketer.post('/api/journeys', {
      name: 'Welcome',
      graph: graph('v1 hello'),
      settings: {},
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const published = await approveAndPublish(id);
    expect(published.status).toBe(200);
    await h.marketer.post('/api/customers', { externalId: 'w1', attributes: { phone: '01011112222' } });
    expect((await h.marketer.post('/api/events', { externalId: 'w1', name: 'signed_up' })).status).toBe(202);
    const runs = await h.marketer.get(`/api/journeys/${id}/runs`);
    expect(runs.body.items).toMatchObject([
      { externalId: 'w1', status: 'waiting', currentNodeId: 'wait', version: 1 },
    ]);

    // v2 with `move`: the dry run reports who sits where; the publish moves them.
    const edited = await h.marketer.put(`/api/journeys/${id}`, {
      graph: graph('v2 hello'),
      revision: (await h.marketer.get(`/api/journeys/${id}`)).body.revision,
    });
    expect(edited.status).toBe(200);
    await submitAndApprove(h.marketer, h.reviewer, id);
    const dry = await h.marketer.post(`/api/journeys/${id}/publish`, {
      dryRun: true,
      migration: { mode: 'move' },
    });
    expect(dry.body).toMatchObject({ dryRun: true, occupancy: { wait: 1 }, moved: 1 });
    const moved = await h.marketer.post(`/api/journeys/${id}/publish`, { migration: { mode: 'move' } });
    expect(moved.body).toMatchObject({ version: 2, occupancy: { wait: 1 }, moved: 1 });
    expect((await h.marketer.get(`/api/journeys/${id}/runs`)).body.items[0]).toMatchObject({
      version: 2,
      currentNodeId: 'wait',
    });

    const admin = await h.t.login('admin@demo.local');
    expect((await admin.post(`/api/journeys/${id}/pause`, {})).status).toBe(200);
    await syncJourneyStatus(h.t.deps.engine, id);
    const [paused] = await h.t.db.sql.query<{ status: string }>(
      'select status from runs where journey_id = $1',
      [id],
    );
    expect(paused?.status).toBe('paused');
    expect((await admin.post(`/api/journeys/${id}/resume`, {})).status).toBe(200);
    await syncJourneyStatus(h.t.deps.engine, id);
    await stepDueRuns(h.t.deps.engine);
    expect((await h.marketer.get(`/api/journeys/${id}/runs`)).body.items[0]).toMatchObject({
      status: 'waiting',
    });
    expect((await admin.post(`/api/journeys/${id}/archive`, {})).status).toBe(200);
    await syncJourneyStatus(h.t.deps.engine, id);
    expect((await h.marketer.get(`/api/journeys/${id}/runs`)).body.items[0]).toMatchObject({
      status: 'exited',
    });
    const stats = await h.marketer.get(`/api/journeys/${id}/stats`);
    expect(stats.body).toMatchObject({ entered: 1, active: 0 });
  });
});
