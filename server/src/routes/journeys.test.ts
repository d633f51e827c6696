import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { minimalValidGraph } from '../testing/createTestApp';
import { useJourneysApiApp } from '../testing/useJourneysApiApp';

describe.each(databaseKinds)('journeys API on %s', (kind) => {
  const h = useJourneysApiApp(kind);
  const { published, createValid } = h;

  it('runs the whole workflow: create, validate, submit, approve by another user, publish, pause, resume', async () => {
    const journey = await createValid();
    expect(journey).toMatchObject({ status: 'draft', draftStatus: 'draft', revision: 1, liveVersion: null });

    const validation = await h.marketer.post(`/api/journeys/${journey.id}/validate`);
    expect(validation.status).toBe(200);
    expect(validation.body).toEqual({ valid: true, issues: expect.any(Array) });

    const submitted = await h.marketer.post(`/api/journeys/${journey.id}/submit`, { comment: 'please look' });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', draftStatus: 'in_review' });

    const approved = await h.reviewer.post(`/api/journeys/${journey.id}/approve`, { comment: 'looks good' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedHash: journey.contentHash });

    const publish = await h.marketer.post(`/api/journeys/${journey.id}/publish`, {});
    expect(publish.status).toBe(200);
    expect(publish.body).toMatchObject({ dryRun: false, version: 1, occupancy: { seen: 1 } });
    expect(publish.body.journey).toMatchObject({
      status: 'live',
      liveVersion: 1,
      hasUnpublishedChanges: false,
    });
    expect(published.at(-1)).toMatchObject({
      journeyId: journey.id,
      version: 1,
      previousVersionId: null,
      migration: { mode: 'keep_on_old' },
    });

    const paused = await h.admin.post(`/api/journeys/${journey.id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    const resumed = await h.admin.post(`/api/journeys/${journey.id}/resume`, {});
    expect(resumed.body.status).toBe('live');

    const versions = await h.marketer.get(`/api/journeys/${journey.id}/versions`);
    expect(versions.body.items).toHaveLength(1);
    const version = await h.marketer.get(`/api/journeys/${journey.id}/versions/1`);
    expect(version.status).toBe(200);
    expect(version.body).toMatchObject({ version: 1, contentHash: journey.contentHash, name: 'Welcome' });
    expect(version.body.graph.nodes).toHaveLength(2);

    const audit = await h.marketer.get(`/api/journeys/${journey.id}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'submitted',
      'approved',
      'published',
      'paused',
      'resumed',
    ]);
    const approval = audit.body.items[2];
    expect(approval).toMatchObject({
      actorName: 'Ravi Reviewer',
      comment: 'looks good',
      afterHash: journey.contentHash,
    });

    const comments = await h.marketer.get(`/api/journeys/${journey.id}/comments`);
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual(['please look', 'looks good']);
  });

  it('returns an approved or in-review journey to draft on any content edit, and publish then needs a new approval', async () => {
    const journey = await createValid();
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    await h.reviewer.post(`/api/journeys/${journey.id}/approve`);
    const edited = await h.marketer.put(`/api/journeys/${journey.id}`, {
      graph: minimalValidGraph('another_event'),
      revision: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'draft',
      draftStatus: 'draft',
      revision: 2,
      approvedHash: null,
    });
    expect(edited.body.contentHash).not.toBe(journey.contentHash);

    const publish = await h.marketer.post(`/api/journeys/${journey.id}/publish`);
    expect(publish.status).toBe(409);
    expect(publish.body.error.code).toBe('invalid_transition');

    // In review: an edit also withdraws the submission.
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    const again = await h.marketer.put(`/api/journeys/${journey.id}`, {
      settings: { holdoutPercent: 5 },
      revision: 2,
    });
    expect(again.body.status).toBe('draft');
    expect((await h.reviewer.post(`/api/journeys/${journey.id}/approve`)).body.error.code).toBe(
      'invalid_transition',
    );

    // Renaming does not touch the content hash, so it keeps the approval.
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    await h.reviewer.post(`/api/journeys/${journey.id}/approve`);
    const renamed = await h.marketer.put(`/api/journeys/${journey.id}`, { name: 'Renamed', revision: 3 });
    expect(renamed.body).toMatchObject({ status: 'approved', name: 'Renamed' });
    expect((await h.marketer.post(`/api/journeys/${journey.id}/publish`)).status).toBe(200);

    const audit = await h.marketer.get(`/api/journeys/${journey.id}/audit`);
    const returned = audit.body.items.filter(
      (e: { details?: { returnedToDraft?: boolean } }) => e.details?.returnedToDraft,
    );
    expect(returned).toHaveLength(2);
  });

  it('refuses a stale revision with 409 stale_revision and the current revision', async () => {
    const journey = await createValid();
    expect((await h.marketer.put(`/api/journeys/${journey.id}`, { name: 'A', revision: 1 })).status).toBe(
      200,
    );
    const stale = await h.reviewer.put(`/api/journeys/${journey.id}`, { name: 'B', revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_revision',
      details: { currentRevision: 2, sentRevision: 1 },
    });
    expect((await h.marketer.get(`/api/journeys/${journey.id}`)).body).toMatchObject({
      name: 'A',
      revision: 2,
    });
  });

  it('lists, filters, comments on nodes and deletes only unpublished journeys', async () => {
    const journey = await createValid(h.marketer, 'Zebra campaign');
    const list = await h.marketer.get('/api/journeys?q=zebra');
    expect(list.body.items.map((j: { id: string }) => j.id)).toEqual([journey.id]);
    expect(
      (await h.marketer.get('/api/journeys?status=archived')).body.items.every(
        (j: { status: string }) => j.status === 'archived',
      ),
    ).toBe(true);

    const comment = await h.reviewer.post(`/api/journeys/${journey.id}/comments`, {
      body: 'Why exit here?',
      nodeId: 'done',
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ nodeId: 'done', authorId: expect.stringMatching(/^usr_/) });

    expect((await h.reviewer.delete(`/api/journeys/${journey.id}`)).status).toBe(403);
    expect((await h.marketer.delete(`/api/journeys/${journey.id}`)).status).toBe(204);
    expect((await h.marketer.get(`/api/journeys/${journey.id}`)).status).toBe(404);
  });
});
