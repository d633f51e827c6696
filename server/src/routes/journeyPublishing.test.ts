import { describe, expect, it } from 'vitest';
import { LIVE_JOURNEYS_CHANNEL } from '../db/notifier';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, minimalValidGraph } from '../testing/createTestApp';
import { useJourneysApiApp } from '../testing/useJourneysApiApp';

describe.each(databaseKinds)('journeys API on %s', (kind) => {
  const h = useJourneysApiApp(kind);
  const { published, createValid } = h;

  it('broadcasts live-journey changes on publish, pause, resume and archive', async () => {
    const heard: unknown[] = [];
    const stop = await h.t.db.notifier.listen(LIVE_JOURNEYS_CHANNEL, (payload) =>
      heard.push(JSON.parse(payload)),
    );
    try {
      const journey = await createValid();
      await h.marketer.post(`/api/journeys/${journey.id}/submit`);
      await h.reviewer.post(`/api/journeys/${journey.id}/approve`);
      expect(heard).toEqual([]);
      await h.marketer.post(`/api/journeys/${journey.id}/publish`);
      await h.admin.post(`/api/journeys/${journey.id}/pause`);
      await h.admin.post(`/api/journeys/${journey.id}/resume`);
      await h.admin.post(`/api/journeys/${journey.id}/archive`);
      await expect.poll(() => heard.length).toBe(4);
      expect(new Set(heard.map((h) => JSON.stringify(h)))).toEqual(
        new Set([JSON.stringify({ workspaceId: 'ws_demo', journeyId: journey.id })]),
      );
    } finally {
      await stop();
    }
  });

  it('keeps version N live while the next draft goes through review, then publishes N+1', async () => {
    const journey = await createValid();
    await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    await h.reviewer.post(`/api/journeys/${journey.id}/approve`);
    await h.marketer.post(`/api/journeys/${journey.id}/publish`);

    const noChanges = await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    expect(noChanges.status).toBe(409);

    const edited = await h.marketer.put(`/api/journeys/${journey.id}`, {
      graph: minimalValidGraph('v2'),
      revision: 1,
    });
    expect(edited.body).toMatchObject({
      status: 'live',
      draftStatus: 'draft',
      liveVersion: 1,
      hasUnpublishedChanges: true,
    });
    const submitted = await h.marketer.post(`/api/journeys/${journey.id}/submit`);
    expect(submitted.body).toMatchObject({ status: 'live', draftStatus: 'in_review' });
    const approved = await h.reviewer2.post(`/api/journeys/${journey.id}/approve`);
    expect(approved.body).toMatchObject({ status: 'live', draftStatus: 'approved' });

    const diff = await h.reviewer.get(`/api/journeys/${journey.id}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 'draft' });
    expect(diff.body.diff.nodes.changed).toEqual([expect.objectContaining({ nodeId: 'entry' })]);

    const dryRun = await h.admin.post(`/api/journeys/${journey.id}/publish`, { dryRun: true });
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toMatchObject({ dryRun: true });
    expect((await h.marketer.get(`/api/journeys/${journey.id}/versions`)).body.items).toHaveLength(1);

    // The map names only steps that exist: old ones of a published version, new ones of this draft.
    for (const map of [{ nowhere: 'entry' }, { entry: 'gone' }]) {
      const bad = await h.admin.post(`/api/journeys/${journey.id}/publish`, {
        migration: { mode: 'move', map },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toMatchObject({ code: 'unknown_node' });
    }
    expect((await h.marketer.get(`/api/journeys/${journey.id}/versions`)).body.items).toHaveLength(1);
    const withExit = await h.admin.post(`/api/journeys/${journey.id}/publish`, {
      dryRun: true,
      migration: { mode: 'move', map: { entry: null } },
    });
    expect(withExit.status).toBe(200);

    const publish = await h.admin.post(`/api/journeys/${journey.id}/publish`, {
      migration: { mode: 'move', nodeMap: { entry: 'entry' } },
    });
    expect(publish.body).toMatchObject({ version: 2, journey: { status: 'live', liveVersion: 2 } });
    expect(published.at(-1)).toMatchObject({ version: 2, migration: { mode: 'move' } });
    expect(published.at(-1)?.previousVersionId).toMatch(/^jver_/);

    const between = await h.marketer.get(`/api/journeys/${journey.id}/diff?from=1&to=2`);
    expect(between.body).toMatchObject({ from: 1, to: 2 });
    expect(
      (await h.marketer.get(`/api/journeys/${journey.id}/versions/1`)).body.graph.nodes[0].settings.event,
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
});
