import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { submitAndApprove } from '../testing/submitAndApprove';
import { useTestApp } from '../testing/useTestApp';

/** entry.event → an advertising push → exit; the push body decides whether a warning stays open. */
const adPushGraph = (body: string) =>
  aJourney()
    .entryEvent('go', undefined, { id: 'entry' })
    .send(
      { channel: 'push', purpose: 'ad', content: { title: '(광고)[샵] 주말 세일', body } },
      { id: 'push', label: '주말 세일 푸시' },
    )
    .exit({ id: 'done' })
    .build().graph;

describe.each(databaseKinds)(
  'review: publish blocked by open ad warnings, comments resolved, on %s',
  (kind) => {
    const h = useTestApp(kind, ['marketer', 'reviewer', 'admin']);
    beforeAll(async () => {
      const put = await h.admin.put('/api/messaging-settings', {
        senderName: '샵',
        optoutLine: '무료수신거부 080-123-4567',
      });
      expect(put.status).toBe(200);
    });

    const approved = async (name: string, body: string) => {
      const created = await h.marketer.post('/api/journeys', {
        name,
        graph: adPushGraph(body),
        settings: {},
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      // A warning does not stop the submission or the approval: the reviewer sees it in the summary.
      await submitAndApprove(h.marketer, h.reviewer, id);
      return id;
    };

    it('refuses to publish an ad step with an open compliance warning: 422 compliance_warning_open naming the step', async () => {
      const id = await approved('warned ad push', '지금 확인하세요');
      const publish = await h.marketer.post(`/api/journeys/${id}/publish`, {});
      expect(publish.status).toBe(422);
      expect(publish.body.error.code).toBe('compliance_warning_open');
      expect(publish.body.error.details.warnings).toEqual([
        expect.objectContaining({ nodeId: 'push', nodeName: '주말 세일 푸시', code: 'ad_missing_optout' }),
      ]);
      const journey = await h.marketer.get(`/api/journeys/${id}`);
      expect(journey.body.status).not.toBe('live');
      expect(journey.body.liveVersion).toBeNull();
    });

    it('publishes the same ad once its opt-out line is there', async () => {
      const id = await approved('clean ad push', '지금 확인하세요. 무료수신거부 080-123-4567');
      const publish = await h.marketer.post(`/api/journeys/${id}/publish`, {});
      expect(publish.status).toBe(200);
      expect(publish.body.version).toBe(1);
    });

    it('a comment on a node is resolved and reopened; who and when are kept; strangers get 404', async () => {
      const created = await h.marketer.post('/api/journeys', {
        name: 'commented',
        graph: adPushGraph('무료수신거부 080-123-4567'),
        settings: {},
      });
      const id = created.body.id as string;
      const comment = await h.reviewer.post(`/api/journeys/${id}/comments`, {
        body: '문구 확인',
        nodeId: 'push',
      });
      expect(comment.status).toBe(201);
      expect(comment.body.resolvedAt).toBeNull();

      const resolved = await h.marketer.patch(`/api/journeys/${id}/comments/${comment.body.id}`, {
        resolved: true,
      });
      expect(resolved.status).toBe(200);
      expect(resolved.body.resolvedAt).toEqual(expect.any(String));
      expect(resolved.body.resolvedByName).toEqual(expect.any(String));
      const listed = await h.reviewer.get(`/api/journeys/${id}/comments`);
      const shown = listed.body.items.find((c: { id: string }) => c.id === comment.body.id);
      expect(shown).toMatchObject({ nodeId: 'push', resolvedAt: resolved.body.resolvedAt });
      expect(shown.resolvedByName).toEqual(resolved.body.resolvedByName);

      const reopened = await h.reviewer.patch(`/api/journeys/${id}/comments/${comment.body.id}`, {
        resolved: false,
      });
      expect(reopened.status).toBe(200);
      expect(reopened.body.resolvedAt).toBeNull();

      expect(
        (await h.marketer.patch(`/api/journeys/${id}/comments/cmt_nope`, { resolved: true })).status,
      ).toBe(404);
      expect(
        (await h.marketer.patch(`/api/journeys/${id}/comments/${comment.body.id}`, { resolved: 'yes' }))
          .status,
      ).toBe(422);
    });
  },
);
