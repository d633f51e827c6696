import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { minimalValidGraph } from '../testing/createTestApp';
import { createSmsTemplate } from '../testing/smsTemplates';
import { publishThroughReview, submitAndApprove } from '../testing/submitAndApprove';
import { templateSendGraph } from '../testing/templateSendGraph';
import { useTestApp } from '../testing/useTestApp';

const templateGraph = (templateId: string) => templateSendGraph('ordered', 'thanks', templateId);

/** entry.segment → exit. */
const segmentEntryGraph = (segmentId: string) =>
  aJourney().entrySegment(segmentId, false, { id: 'entry' }).exit({ id: 'done' }).build().graph;

describe.each(databaseKinds)('approval covers what is sent, four eyes on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer', 'reviewer2', 'admin']);

  const smsTemplate = (text: string) => createSmsTemplate(h.marketer, 'Order thanks', text);

  const livesIn = (city: string) => ({ attribute: 'city', op: 'eq', value: city });

  /** A dynamic segment of the customers living in `city`, saved by the marketer; answers its id. */
  const citySegment = async (name: string, city: string) => {
    const segment = await h.marketer.post('/api/segments', { name, condition: livesIn(city) });
    expect(segment.status).toBe(201);
    return segment.body.id as string;
  };

  /** The marketer's edit of the segment's condition to the customers living in `city`. */
  const moveSegment = (segmentId: string, city: string) =>
    h.marketer.put(`/api/segments/${segmentId}`, { condition: livesIn(city) });

  /** A draft journey saved by the marketer: its id, revision and content hash. */
  const draft = async (name: string, graph: unknown) => {
    const created = await h.marketer.post('/api/journeys', { name, graph, settings: {} });
    return created.body as { id: string; revision: number; contentHash: string };
  };

  it('a template edited after approval sends the journey back to draft with a notice; publish is refused', async () => {
    const templateId = await smsTemplate('v1 주문 감사합니다');
    const created = await draft('Thanks', templateGraph(templateId));
    const { id } = created;
    const submitted = await h.marketer.post(`/api/journeys/${id}/submit`, {});
    expect(submitted.status).toBe(200);
    // The pinned template is part of what the reviewer approves.
    expect(submitted.body.contentHash).not.toBe(created.contentHash);
    // The journey says which template version it pinned (the send inspector shows it).
    expect(submitted.body.pinnedTemplates).toEqual({ [templateId]: { version: 1, name: 'Order thanks' } });
    expect((await h.reviewer.post(`/api/journeys/${id}/approve`, {})).status).toBe(200);

    const edited = await h.marketer.put(`/api/templates/${templateId}`, {
      name: 'Order thanks',
      channel: 'sms',
      purpose: 'info',
      content: { text: 'v2 never reviewed' },
    });
    expect(edited.status).toBe(200);

    const journey = await h.marketer.get(`/api/journeys/${id}`);
    expect(journey.body).toMatchObject({
      status: 'draft',
      draftStatus: 'draft',
      approvedHash: null,
      reviewNotice: { code: 'template_changed', params: { templateId, templateName: 'Order thanks' } },
    });
    const publish = await h.marketer.post(`/api/journeys/${id}/publish`, {});
    expect(publish.status).toBe(409);

    const audit = await h.marketer.get(`/api/journeys/${id}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('returned_to_draft');

    // Resubmitting pins v2; the review diff shows the template text change against… nothing live yet.
    expect((await h.marketer.post(`/api/journeys/${id}/submit`, {})).status).toBe(200);
    const diff = await h.reviewer.get(`/api/journeys/${id}/diff`);
    expect(diff.body.diff.templates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: `templates.${templateId}`, after: expect.anything() }),
      ]),
    );
    expect((await h.marketer.get(`/api/journeys/${id}`)).body.reviewNotice).toBeNull();
  });

  it('the review diff shows a template text change against the live version', async () => {
    const templateId = await smsTemplate('hello v1');
    const { id } = await draft('Diff', templateGraph(templateId));
    await publishThroughReview(h.marketer, h.reviewer, id);
    await h.marketer.put(`/api/templates/${templateId}`, {
      name: 'Order thanks',
      channel: 'sms',
      purpose: 'info',
      content: { text: 'hello v2' },
    });
    const submitted = await h.marketer.post(`/api/journeys/${id}/submit`, {});
    expect(submitted.status).toBe(200);
    const diff = await h.reviewer.get(`/api/journeys/${id}/diff`);
    expect(diff.body.diff.templates).toEqual(
      expect.arrayContaining([
        { path: `templates.${templateId}.content.text`, before: 'hello v1', after: 'hello v2' },
      ]),
    );
    expect(diff.body.diff.nodes.changed).toEqual([]);
  });

  it('a reviewer who edited the draft cannot approve it, even when someone else submitted', async () => {
    const created = await draft('Edited by reviewer', minimalValidGraph());
    const { id } = created;
    const edit = await h.reviewer.put(`/api/journeys/${id}`, {
      graph: minimalValidGraph('viewed'),
      revision: created.revision,
    });
    expect(edit.status).toBe(200);
    expect((await h.marketer.post(`/api/journeys/${id}/submit`, {})).status).toBe(200);
    // The view names the draft's authors, so the review screen can hide "Approve" from them.
    const reviewerId = (await h.reviewer.get('/api/auth/me')).body.user.id as string;
    expect((await h.reviewer.get(`/api/journeys/${id}`)).body.draftAuthors).toContain(reviewerId);
    const own = await h.reviewer.post(`/api/journeys/${id}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('self_approval');
    expect((await h.reviewer2.post(`/api/journeys/${id}/approve`, {})).status).toBe(200);
  });

  it('an admin cannot approve their own edits either', async () => {
    const created = await draft('Edited by admin', minimalValidGraph());
    const { id } = created;
    await h.admin.put(`/api/journeys/${id}`, { name: 'Renamed by admin', revision: created.revision });
    expect((await h.marketer.post(`/api/journeys/${id}/submit`, {})).status).toBe(200);
    const own = await h.admin.post(`/api/journeys/${id}/approve`, {});
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('self_approval');
  });

  it('only admins change grade tiers; the change is audited', async () => {
    const current = await h.marketer.get('/api/grades');
    const tiers = { tiers: [{ name: 'VIP', rule: { attribute: 'city', op: 'eq', value: 'Seoul' } }] };
    for (const client of [h.marketer, h.reviewer]) {
      const refused = await client.put('/api/grades', tiers);
      expect(refused.status).toBe(403);
    }
    expect((await h.marketer.get('/api/grades')).body).toEqual(current.body);
    const saved = await h.admin.put('/api/grades', tiers);
    expect(saved.status).toBe(200);
    const audit = await h.admin.get('/api/audit?entity=grade_tiers');
    expect(audit.body.items[0]).toMatchObject({
      action: 'updated',
      entityType: 'grade_tiers',
      before: current.body.tiers,
      after: tiers.tiers,
    });
  });

  it('editing a segment that an approved journey enters from answers with a warning and is audited', async () => {
    const segmentId = await citySegment('Seoul people', 'Seoul');
    const { id } = await draft('Seoul welcome', segmentEntryGraph(segmentId));
    await submitAndApprove(h.marketer, h.reviewer, id);

    const edited = await moveSegment(segmentId, 'Busan');
    expect(edited.status).toBe(200);
    expect(edited.body.warning).toEqual({
      code: 'segment_in_use',
      journeys: [{ id, name: 'Seoul welcome', status: 'approved' }],
    });
    const audit = await h.admin.get(`/api/audit?entity=segment:${segmentId}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'updated',
      before: { condition: { value: 'Seoul' } },
      after: { condition: { value: 'Busan' } },
      details: { affectedJourneys: [{ id }] },
    });
    // A segment nobody uses answers without a warning.
    const other = await citySegment('Nobody uses me', 'Daegu');
    const quiet = await h.marketer.put(`/api/segments/${other}`, { name: 'Still unused' });
    expect(quiet.body.warning).toBeUndefined();
  });

  it('holds a condition edit of a segment a live journey uses until another reviewer approves it', async () => {
    const segmentId = await citySegment('Jeju people', 'Jeju');
    const { id } = await draft('Jeju welcome', segmentEntryGraph(segmentId));
    await publishThroughReview(h.marketer, h.reviewer, id);

    const held = await moveSegment(segmentId, 'Busan');
    expect(held.status).toBe(202);
    expect(held.body.condition).toEqual({ attribute: 'city', op: 'eq', value: 'Jeju' });
    expect(held.body.warning.journeys).toEqual([{ id, name: 'Jeju welcome', status: 'live' }]);
    expect((await h.marketer.get(`/api/segments/${segmentId}`)).body.condition.value).toBe('Jeju');
    // Renaming changes nobody's audience: it applies at once.
    expect((await h.marketer.put(`/api/segments/${segmentId}`, { name: 'Jeju folks' })).status).toBe(200);

    const pending = await h.reviewer.get('/api/segment-change-requests');
    const request = pending.body.items.find((r: { segmentId: string }) => r.segmentId === segmentId);
    expect(request).toMatchObject({
      id: held.body.pendingChangeId,
      change: { condition: { value: 'Busan' } },
    });
    expect((await h.marketer.post(`/api/segment-change-requests/${request.id}/approve`)).status).toBe(403);
    const approved = await h.reviewer.post(`/api/segment-change-requests/${request.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.condition.value).toBe('Busan');
    expect((await h.reviewer.post(`/api/segment-change-requests/${request.id}/approve`)).status).toBe(409);
    const trail = await h.admin.get(`/api/audit?entity=segment:${segmentId}`);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['change_requested', 'change_approved']),
    );

    // The workspace can turn the hold off (admins only); then the edit applies with the warning.
    expect((await h.marketer.put('/api/review-settings', { segmentEditsNeedApproval: false })).status).toBe(
      403,
    );
    expect((await h.admin.put('/api/review-settings', { segmentEditsNeedApproval: false })).status).toBe(200);
    const direct = await moveSegment(segmentId, 'Daejeon');
    expect(direct.status).toBe(200);
    expect(direct.body.condition.value).toBe('Daejeon');
    expect(direct.body.warning.code).toBe('segment_in_use');
    expect((await h.admin.put('/api/review-settings', { segmentEditsNeedApproval: true })).status).toBe(200);
  });
});
