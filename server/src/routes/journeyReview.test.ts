import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import type { TestClient } from '../testing/createTestApp';
import { useJourneysApiApp } from '../testing/useJourneysApiApp';

describe.each(databaseKinds)('journeys API on %s', (kind) => {
  const h = useJourneysApiApp(kind);
  const { createValid } = h;

  it('refuses self-approval with 403 self_approval, for reviewers and admins too', async () => {
    const journey = await createValid(h.reviewer, 'Mine');
    await h.reviewer.post(`/api/journeys/${journey.id}/submit`);
    const self = await h.reviewer.post(`/api/journeys/${journey.id}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('self_approval');
    const selfReject = await h.reviewer.post(`/api/journeys/${journey.id}/reject`, { comment: 'hmm' });
    expect(selfReject.body.error.code).toBe('self_approval');

    const adminOwn = await createValid(h.admin, 'Admin own');
    await h.admin.post(`/api/journeys/${adminOwn.id}/submit`);
    expect((await h.admin.post(`/api/journeys/${adminOwn.id}/approve`)).body.error.code).toBe(
      'self_approval',
    );
    // Another h.reviewer can.
    expect((await h.reviewer2.post(`/api/journeys/${journey.id}/approve`)).status).toBe(200);
  });

  it('enforces roles: marketers cannot approve, pause or archive; only the owner or an h.admin publishes', async () => {
    const journey = await createValid(h.reviewer, 'Reviewer owned');
    await h.reviewer.post(`/api/journeys/${journey.id}/submit`);
    const marketerApprove = await h.marketer.post(`/api/journeys/${journey.id}/approve`);
    expect(marketerApprove.status).toBe(403);
    expect(marketerApprove.body.error.code).toBe('forbidden');
    await h.reviewer2.post(`/api/journeys/${journey.id}/approve`);
    const notOwner = await h.marketer.post(`/api/journeys/${journey.id}/publish`);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.code).toBe('forbidden');
    expect((await h.reviewer.post(`/api/journeys/${journey.id}/publish`)).status).toBe(200);
    for (const action of ['pause', 'archive']) {
      const res = await h.marketer.post(`/api/journeys/${journey.id}/${action}`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await h.reviewer.post(`/api/journeys/${journey.id}/pause`)).status).toBe(403);
  });

  it('answers invalid transitions with 409 invalid_transition', async () => {
    const journey = await createValid();
    const cases: [TestClient, string][] = [
      [h.admin, 'approve'],
      [h.admin, 'reject'],
      [h.admin, 'publish'],
      [h.admin, 'pause'],
      [h.admin, 'resume'],
    ];
    for (const [client, action] of cases) {
      const res = await client.post(`/api/journeys/${journey.id}/${action}`);
      expect([action, res.status, res.body.error.code]).toEqual([action, 409, 'invalid_transition']);
    }
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    expect((await h.marketer.post(`/api/journeys/${journey.id}/submit`)).status).toBe(409);
    expect((await h.admin.post(`/api/journeys/${journey.id}/archive`)).body.status).toBe('archived');
    const edit = await h.marketer.put(`/api/journeys/${journey.id}`, { name: 'x', revision: 1 });
    expect(edit.body.error.code).toBe('invalid_transition');
    expect((await h.admin.post(`/api/journeys/${journey.id}/archive`)).body.error.code).toBe(
      'invalid_transition',
    );
  });

  it('rejects back to draft with the reviewer comment, and refuses to submit an invalid journey (422)', async () => {
    const journey = await createValid();
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    const rejected = await h.reviewer.post(`/api/journeys/${journey.id}/reject`, {
      comment: 'Add a wait first',
    });
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionComment: 'Add a wait first' });
    const comments = await h.marketer.get(`/api/journeys/${journey.id}/comments`);
    expect(comments.body.items.at(-1)).toMatchObject({
      body: 'Add a wait first',
      authorName: 'Ravi Reviewer',
    });

    const empty = await h.marketer.post('/api/journeys', { name: 'Empty' });
    const validation = await h.marketer.post(`/api/journeys/${empty.body.id}/validate`);
    expect(validation.body.valid).toBe(false);
    const submit = await h.marketer.post(`/api/journeys/${empty.body.id}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('validation_failed');
    expect(submit.body.error.details.issues.length).toBeGreaterThan(0);
    expect((await h.marketer.get(`/api/journeys/${empty.body.id}`)).body.status).toBe('draft');
  });
});
