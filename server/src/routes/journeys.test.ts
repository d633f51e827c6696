import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_JOURNEYS_CHANNEL } from '../db/notifier';
import { databaseKinds } from '../db/testDatabase';
import type { PublishEvent } from '../serverDeps';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('journeys API on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let reviewer: TestClient;
  let reviewer2: TestClient;
  let admin: TestClient;
  const published: PublishEvent[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, {
      onPublish: async (event, tx) => {
        // The hook runs inside the publishing transaction: the new version is visible to it.
        const rows = await tx.query<{ status: string }>('select status from journeys where id = $1', [
          event.journeyId,
        ]);
        published.push(event);
        return { occupancy: { seen: rows[0]?.status === 'live' ? 1 : 0 } };
      },
    });
    [marketer, reviewer, reviewer2, admin] = await Promise.all([
      t.login('marketer@demo.local'),
      t.login('reviewer@demo.local'),
      t.login('reviewer2@demo.local'),
      t.login('admin@demo.local'),
    ]);
  });
  afterAll(() => t?.dispose());

  const createValid = async (client: TestClient = marketer, name = 'Welcome') => {
    const res = await client.post('/api/journeys', { name, graph: minimalValidGraph(), settings: {} });
    expect(res.status).toBe(201);
    return res.body as { id: string; revision: number; contentHash: string };
  };

  it('runs the whole workflow: create, validate, submit, approve by another user, publish, pause, resume', async () => {
    const journey = await createValid();
    expect(journey).toMatchObject({ status: 'draft', draftStatus: 'draft', revision: 1, liveVersion: null });

    const validation = await marketer.post(`/api/journeys/${journey.id}/validate`);
    expect(validation.status).toBe(200);
    expect(validation.body).toEqual({ valid: true, issues: expect.any(Array) });

    const submitted = await marketer.post(`/api/journeys/${journey.id}/submit`, { comment: 'please look' });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', draftStatus: 'in_review' });

    const approved = await reviewer.post(`/api/journeys/${journey.id}/approve`, { comment: 'looks good' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedHash: journey.contentHash });

    const publish = await marketer.post(`/api/journeys/${journey.id}/publish`, {});
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

    const paused = await admin.post(`/api/journeys/${journey.id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    const resumed = await admin.post(`/api/journeys/${journey.id}/resume`, {});
    expect(resumed.body.status).toBe('live');

    const versions = await marketer.get(`/api/journeys/${journey.id}/versions`);
    expect(versions.body.items).toHaveLength(1);
    const version = await marketer.get(`/api/journeys/${journey.id}/versions/1`);
    expect(version.status).toBe(200);
    expect(version.body).toMatchObject({ version: 1, contentHash: journey.contentHash, name: 'Welcome' });
    expect(version.body.graph.nodes).toHaveLength(2);

    const audit = await marketer.get(`/api/journeys/${journey.id}/audit`);
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

    const comments = await marketer.get(`/api/journeys/${journey.id}/comments`);
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual(['please look', 'looks good']);
  });

  it('broadcasts live-journey changes on publish, pause, resume and archive', async () => {
    const heard: unknown[] = [];
    const stop = await t.db.notifier.listen(LIVE_JOURNEYS_CHANNEL, (payload) =>
      heard.push(JSON.parse(payload)),
    );
    try {
      const journey = await createValid();
      await marketer.post(`/api/journeys/${journey.id}/submit`);
      await reviewer.post(`/api/journeys/${journey.id}/approve`);
      expect(heard).toEqual([]);
      await marketer.post(`/api/journeys/${journey.id}/publish`);
      await admin.post(`/api/journeys/${journey.id}/pause`);
      await admin.post(`/api/journeys/${journey.id}/resume`);
      await admin.post(`/api/journeys/${journey.id}/archive`);
      await expect.poll(() => heard.length).toBe(4);
      expect(new Set(heard.map((h) => JSON.stringify(h)))).toEqual(
        new Set([JSON.stringify({ workspaceId: 'ws_demo', journeyId: journey.id })]),
      );
    } finally {
      await stop();
    }
  });

  it('refuses self-approval with 403 self_approval, for reviewers and admins too', async () => {
    const journey = await createValid(reviewer, 'Mine');
    await reviewer.post(`/api/journeys/${journey.id}/submit`);
    const self = await reviewer.post(`/api/journeys/${journey.id}/approve`);
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('self_approval');
    const selfReject = await reviewer.post(`/api/journeys/${journey.id}/reject`, { comment: 'hmm' });
    expect(selfReject.body.error.code).toBe('self_approval');

    const adminOwn = await createValid(admin, 'Admin own');
    await admin.post(`/api/journeys/${adminOwn.id}/submit`);
    expect((await admin.post(`/api/journeys/${adminOwn.id}/approve`)).body.error.code).toBe('self_approval');
    // Another reviewer can.
    expect((await reviewer2.post(`/api/journeys/${journey.id}/approve`)).status).toBe(200);
  });

  it('returns an approved or in-review journey to draft on any content edit, and publish then needs a new approval', async () => {
    const journey = await createValid();
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    await reviewer.post(`/api/journeys/${journey.id}/approve`);
    const edited = await marketer.put(`/api/journeys/${journey.id}`, {
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

    const publish = await marketer.post(`/api/journeys/${journey.id}/publish`);
    expect(publish.status).toBe(409);
    expect(publish.body.error.code).toBe('invalid_transition');

    // In review: an edit also withdraws the submission.
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    const again = await marketer.put(`/api/journeys/${journey.id}`, {
      settings: { holdoutPercent: 5 },
      revision: 2,
    });
    expect(again.body.status).toBe('draft');
    expect((await reviewer.post(`/api/journeys/${journey.id}/approve`)).body.error.code).toBe(
      'invalid_transition',
    );

    // Renaming does not touch the content hash, so it keeps the approval.
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    await reviewer.post(`/api/journeys/${journey.id}/approve`);
    const renamed = await marketer.put(`/api/journeys/${journey.id}`, { name: 'Renamed', revision: 3 });
    expect(renamed.body).toMatchObject({ status: 'approved', name: 'Renamed' });
    expect((await marketer.post(`/api/journeys/${journey.id}/publish`)).status).toBe(200);

    const audit = await marketer.get(`/api/journeys/${journey.id}/audit`);
    const returned = audit.body.items.filter(
      (e: { details?: { returnedToDraft?: boolean } }) => e.details?.returnedToDraft,
    );
    expect(returned).toHaveLength(2);
  });

  it('refuses a stale revision with 409 stale_revision and the current revision', async () => {
    const journey = await createValid();
    expect((await marketer.put(`/api/journeys/${journey.id}`, { name: 'A', revision: 1 })).status).toBe(200);
    const stale = await reviewer.put(`/api/journeys/${journey.id}`, { name: 'B', revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_revision',
      details: { currentRevision: 2, sentRevision: 1 },
    });
    expect((await marketer.get(`/api/journeys/${journey.id}`)).body).toMatchObject({
      name: 'A',
      revision: 2,
    });
  });

  it('keeps version N live while the next draft goes through review, then publishes N+1', async () => {
    const journey = await createValid();
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    await reviewer.post(`/api/journeys/${journey.id}/approve`);
    await marketer.post(`/api/journeys/${journey.id}/publish`);

    const noChanges = await marketer.post(`/api/journeys/${journey.id}/submit`);
    expect(noChanges.status).toBe(409);

    const edited = await marketer.put(`/api/journeys/${journey.id}`, {
      graph: minimalValidGraph('v2'),
      revision: 1,
    });
    expect(edited.body).toMatchObject({
      status: 'live',
      draftStatus: 'draft',
      liveVersion: 1,
      hasUnpublishedChanges: true,
    });
    const submitted = await marketer.post(`/api/journeys/${journey.id}/submit`);
    expect(submitted.body).toMatchObject({ status: 'live', draftStatus: 'in_review' });
    const approved = await reviewer2.post(`/api/journeys/${journey.id}/approve`);
    expect(approved.body).toMatchObject({ status: 'live', draftStatus: 'approved' });

    const diff = await reviewer.get(`/api/journeys/${journey.id}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 'draft' });
    expect(diff.body.diff.nodes.changed).toEqual([expect.objectContaining({ nodeId: 'entry' })]);

    const dryRun = await admin.post(`/api/journeys/${journey.id}/publish`, { dryRun: true });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({ dryRun: true });
    expect((await marketer.get(`/api/journeys/${journey.id}/versions`)).body.items).toHaveLength(1);

    // The map names only steps that exist: old ones of a published version, new ones of this draft.
    for (const map of [{ nowhere: 'entry' }, { entry: 'gone' }]) {
      const bad = await admin.post(`/api/journeys/${journey.id}/publish`, {
        migration: { mode: 'move', map },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toMatchObject({ code: 'unknown_node' });
    }
    expect((await marketer.get(`/api/journeys/${journey.id}/versions`)).body.items).toHaveLength(1);
    const withExit = await admin.post(`/api/journeys/${journey.id}/publish`, {
      dryRun: true,
      migration: { mode: 'move', map: { entry: null } },
    });
    expect(withExit.status).toBe(200);

    const publish = await admin.post(`/api/journeys/${journey.id}/publish`, {
      migration: { mode: 'move', nodeMap: { entry: 'entry' } },
    });
    expect(publish.body).toMatchObject({ version: 2, journey: { status: 'live', liveVersion: 2 } });
    expect(published.at(-1)).toMatchObject({ version: 2, migration: { mode: 'move' } });
    expect(published.at(-1)?.previousVersionId).toMatch(/^jver_/);

    const between = await marketer.get(`/api/journeys/${journey.id}/diff?from=1&to=2`);
    expect(between.body).toMatchObject({ from: 1, to: 2 });
    expect(
      (await marketer.get(`/api/journeys/${journey.id}/versions/1`)).body.graph.nodes[0].settings.event,
    ).toBe('signed_up');
  });

  it('rolls the publish back when the engine hook fails', async () => {
    const failing = await createTestApp(kind, {
      onPublish: async () => {
        throw new Error('engine unavailable');
      },
    });
    try {
      const m = await failing.login('marketer@demo.local');
      const r = await failing.login('reviewer@demo.local');
      const { body: journey } = await m.post('/api/journeys', { name: 'X', graph: minimalValidGraph() });
      await m.post(`/api/journeys/${journey.id}/submit`);
      await r.post(`/api/journeys/${journey.id}/approve`);
      const before = await failing.rowCounts();
      const publish = await m.post(`/api/journeys/${journey.id}/publish`);
      expect(publish.status).toBe(500);
      expect(publish.body.error).toEqual({ code: 'internal', message: 'Internal server error' });
      expect(await failing.rowCounts()).toEqual(before);
      expect((await m.get(`/api/journeys/${journey.id}`)).body).toMatchObject({
        status: 'approved',
        liveVersion: null,
      });
    } finally {
      await failing.dispose();
    }
  });

  it('enforces roles: marketers cannot approve, pause or archive; only the owner or an admin publishes', async () => {
    const journey = await createValid(reviewer, 'Reviewer owned');
    await reviewer.post(`/api/journeys/${journey.id}/submit`);
    const marketerApprove = await marketer.post(`/api/journeys/${journey.id}/approve`);
    expect(marketerApprove.status).toBe(403);
    expect(marketerApprove.body.error.code).toBe('forbidden');
    await reviewer2.post(`/api/journeys/${journey.id}/approve`);
    const notOwner = await marketer.post(`/api/journeys/${journey.id}/publish`);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.error.code).toBe('forbidden');
    expect((await reviewer.post(`/api/journeys/${journey.id}/publish`)).status).toBe(200);
    for (const action of ['pause', 'archive']) {
      const res = await marketer.post(`/api/journeys/${journey.id}/${action}`);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await reviewer.post(`/api/journeys/${journey.id}/pause`)).status).toBe(403);
  });

  it('answers invalid transitions with 409 invalid_transition', async () => {
    const journey = await createValid();
    const cases: [TestClient, string][] = [
      [admin, 'approve'],
      [admin, 'reject'],
      [admin, 'publish'],
      [admin, 'pause'],
      [admin, 'resume'],
    ];
    for (const [client, action] of cases) {
      const res = await client.post(`/api/journeys/${journey.id}/${action}`);
      expect([action, res.status, res.body.error.code]).toEqual([action, 409, 'invalid_transition']);
    }
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    expect((await marketer.post(`/api/journeys/${journey.id}/submit`)).status).toBe(409);
    expect((await admin.post(`/api/journeys/${journey.id}/archive`)).body.status).toBe('archived');
    const edit = await marketer.put(`/api/journeys/${journey.id}`, { name: 'x', revision: 1 });
    expect(edit.body.error.code).toBe('invalid_transition');
    expect((await admin.post(`/api/journeys/${journey.id}/archive`)).body.error.code).toBe(
      'invalid_transition',
    );
  });

  it('rejects back to draft with the reviewer comment, and refuses to submit an invalid journey (422)', async () => {
    const journey = await createValid();
    await marketer.post(`/api/journeys/${journey.id}/submit`);
    const rejected = await reviewer.post(`/api/journeys/${journey.id}/reject`, {
      comment: 'Add a wait first',
    });
    expect(rejected.body).toMatchObject({ status: 'draft', rejectionComment: 'Add a wait first' });
    const comments = await marketer.get(`/api/journeys/${journey.id}/comments`);
    expect(comments.body.items.at(-1)).toMatchObject({
      body: 'Add a wait first',
      authorName: 'Ravi Reviewer',
    });

    const empty = await marketer.post('/api/journeys', { name: 'Empty' });
    const validation = await marketer.post(`/api/journeys/${empty.body.id}/validate`);
    expect(validation.body.valid).toBe(false);
    const submit = await marketer.post(`/api/journeys/${empty.body.id}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('validation_failed');
    expect(submit.body.error.details.issues.length).toBeGreaterThan(0);
    expect((await marketer.get(`/api/journeys/${empty.body.id}`)).body.status).toBe('draft');
  });

  it('lists, filters, comments on nodes and deletes only unpublished journeys', async () => {
    const journey = await createValid(marketer, 'Zebra campaign');
    const list = await marketer.get('/api/journeys?q=zebra');
    expect(list.body.items.map((j: { id: string }) => j.id)).toEqual([journey.id]);
    expect(
      (await marketer.get('/api/journeys?status=archived')).body.items.every(
        (j: { status: string }) => j.status === 'archived',
      ),
    ).toBe(true);

    const comment = await reviewer.post(`/api/journeys/${journey.id}/comments`, {
      body: 'Why exit here?',
      nodeId: 'done',
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ nodeId: 'done', authorId: expect.stringMatching(/^usr_/) });

    expect((await reviewer.delete(`/api/journeys/${journey.id}`)).status).toBe(403);
    expect((await marketer.delete(`/api/journeys/${journey.id}`)).status).toBe(204);
    expect((await marketer.get(`/api/journeys/${journey.id}`)).status).toBe(404);
  });
});
