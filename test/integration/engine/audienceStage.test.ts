import type { AudienceStage } from '@journeyflow/engine/ingest/audienceStage';
import { createIngestion } from '@journeyflow/engine/ingest/ingestion';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const phone = { attributes: { phone: '010-1111-2222' } };

/** The one ingestion path: the audience stage runs inside the ingestion transaction (issue 14, item 2). */
describe.each(databaseKinds)('ingestion with the audience stage on %s', (kind) => {
  const h = useEngineHarness(kind);

  it('ingests the events the stage derives in the same transaction, so their journeys have sent when ingest returns', async () => {
    await h.publish(aJourney().entryEvent('grade_changed').sms('등급이 바뀌었습니다', 'info', { id: 'g' }));
    await h.customer('kim', phone);
    const seen: { names: string[]; storedBefore: number }[] = [];
    const stage: AudienceStage = async (tx, workspaceId, input) => {
      // The batch is already written in the transaction the stage runs in.
      const [row] = await tx.query<{ n: number }>(
        'select count(*)::int as n from events where workspace_id = $1',
        [workspaceId],
      );
      seen.push({ names: input.events.map((e) => e.name), storedBefore: Number(row?.n) });
      const bought = input.events.some((e) => e.name === 'purchase');
      return {
        events: bought
          ? [
              {
                externalId: 'kim',
                name: 'grade_changed',
                properties: { from: 'B', to: 'A' },
                messageId: 'g1',
              },
            ]
          : [],
        segmentEntries: [],
      };
    };
    const ingestion = createIngestion(h.engine, { audience: { stage } });
    expect(
      await ingestion.ingest(h.workspaceId, [{ externalId: 'kim', name: 'purchase', messageId: 'p1' }]),
    ).toEqual({ accepted: 1, duplicate: 0 });
    expect(seen).toEqual([
      { names: ['purchase'], storedBefore: 1 },
      { names: ['grade_changed'], storedBefore: 2 },
    ]);
    expect((await h.outbox('kim')).map((o) => o.node)).toEqual(['g']);
    // A repeated purchase is a duplicate: no stage, no second grade event.
    expect(
      await ingestion.ingest(h.workspaceId, [{ externalId: 'kim', name: 'purchase', messageId: 'p1' }]),
    ).toEqual({ accepted: 0, duplicate: 1 });
    expect(seen).toHaveLength(2);
  });

  it('starts entry.segment runs for the segment entries the stage reports, for events and profiles alike', async () => {
    await h.publish(aJourney().entrySegment('seg_vip').sms('VIP 환영', 'info', { id: 'v' }));
    await h.customer('lee', phone);
    await h.customer('park', phone);
    const stage: AudienceStage = async (_tx, _workspaceId, input) => ({
      events: [],
      segmentEntries: [{ segmentId: 'seg_vip', customerIds: input.customerIds }],
    });
    const ingestion = createIngestion(h.engine, { audience: { stage } });
    await ingestion.ingest(h.workspaceId, [{ externalId: 'lee', name: 'visited' }]);
    expect((await h.outbox()).map((o) => o.customer)).toEqual(['lee']);
    await ingestion.identify(h.workspaceId, [{ externalId: 'park', attributes: { tier: 'vip' } }]);
    expect((await h.outbox()).map((o) => o.customer).sort()).toEqual(['lee', 'park']);
  });

  it('a failing stage is reported and undone, and the events still commit', async () => {
    await h.publish(aJourney().entryEvent('visited').sms('방문 감사', 'info', { id: 's' }));
    await h.customer('choi', phone);
    const errors: string[] = [];
    const stage: AudienceStage = async (tx, workspaceId) => {
      await tx.query(`update customers set grade = 'BROKEN' where workspace_id = $1`, [workspaceId]);
      throw new Error('audience unavailable');
    };
    const ingestion = createIngestion(h.engine, {
      audience: { stage, onError: (workspaceId, error) => errors.push(`${workspaceId}: ${String(error)}`) },
    });
    expect(await ingestion.ingest(h.workspaceId, [{ externalId: 'choi', name: 'visited' }])).toEqual({
      accepted: 1,
      duplicate: 0,
    });
    expect(errors).toEqual([`${h.workspaceId}: Error: audience unavailable`]);
    const grades = await h.sql.query<{ grade: string | null }>('select grade from customers');
    expect(grades.map((g) => g.grade)).not.toContain('BROKEN');
    expect((await h.outbox('choi')).map((o) => o.node)).toEqual(['s']);
  });

  it('a stage that keeps deriving events stops after a bounded number of rounds', async () => {
    await h.customer('jung', phone);
    let rounds = 0;
    const stage: AudienceStage = async () => {
      rounds += 1;
      return {
        events: [{ externalId: 'jung', name: 'echo', messageId: `echo${rounds}` }],
        segmentEntries: [],
      };
    };
    const ingestion = createIngestion(h.engine, { audience: { stage } });
    await ingestion.ingest(h.workspaceId, [{ externalId: 'jung', name: 'visited' }]);
    expect(rounds).toBe(3);
    const [stored] = await h.sql.query<{ n: number }>(
      `select count(*)::int as n from events where name = 'echo'`,
    );
    expect(stored?.n).toBe(3);
  });
});
