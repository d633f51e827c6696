import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createEngineTestApp } from '../testing/createEngineTestApp';
import { type HoldingEntry, holdingGraph } from '../testing/holdingGraph';
import { publishThroughReview } from '../testing/submitAndApprove';
import { useTestApp } from '../testing/useTestApp';

type TraceItem = {
  nodeId: string;
  runId?: string;
  code?: string;
  params?: Record<string, unknown>;
  attempts?: number;
  reason: string;
};

// Issue 13 "refusals are explained": every refused entry is in the customer's trace with a code and
// params, and counted per code (distinct customers) in the journey's stats.
describe.each(databaseKinds)('refused entries on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer'], createEngineTestApp);

  const publish = async (name: string, entry: HoldingEntry, settings: Record<string, unknown> = {}) => {
    const created = await h.marketer.post('/api/journeys', { name, graph: holdingGraph(entry), settings });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await publishThroughReview(h.marketer, h.reviewer, id);
    return id;
  };
  const track = async (externalId: string, name: string, properties: Record<string, unknown> = {}) =>
    expect((await h.marketer.post('/api/events', { externalId, name, properties })).status).toBe(202);
  const refusalsOf = async (externalId: string, journeyId: string) => {
    const trace = await h.marketer.get(`/api/customers/${externalId}/trace?journeyId=${journeyId}`);
    expect(trace.status).toBe(200);
    // Refusals are the lines without a run (run steps carry codes too, for the web's words).
    return (trace.body.items as TraceItem[]).filter(
      (item) => item.code !== undefined && item.runId === undefined,
    );
  };
  const refusedStats = async (journeyId: string) => {
    const stats = await h.marketer.get(`/api/journeys/${journeyId}/stats`);
    expect(stats.status).toBe(200);
    return stats.body.refused as Record<string, number>;
  };

  it('re-entry rule "never": the repeated entries fold into one trace entry, counted once per customer', async () => {
    const id = await publish('Never again', { type: 'entry.event', settings: { event: 'never_evt' } });
    await track('rn1', 'never_evt');
    await track('rn1', 'never_evt');
    await track('rn1', 'never_evt');
    await track('rn2', 'never_evt');
    await track('rn2', 'never_evt');
    const refusals = await refusalsOf('rn1', id);
    expect(refusals).toEqual([
      expect.objectContaining({
        nodeId: 'entry',
        code: 'reentry_refused',
        params: { rule: 'never' },
        attempts: 2,
        reason: 'did not enter: re-entry is never allowed',
      }),
    ]);
    expect(refusals[0]?.runId).toBeUndefined();
    expect(await refusedStats(id)).toEqual({ reentry_refused: 2 });
  });

  it('re-entry rule "after exit": refused while still in the journey', async () => {
    const id = await publish(
      'After exit',
      { type: 'entry.event', settings: { event: 'after_evt' } },
      { reentry: { mode: 'after_exit' } },
    );
    await track('ra1', 'after_evt');
    await track('ra1', 'after_evt');
    expect(await refusalsOf('ra1', id)).toEqual([
      expect.objectContaining({ code: 'reentry_refused', params: { rule: 'after_exit' }, attempts: 1 }),
    ]);
    expect(await refusedStats(id)).toEqual({ reentry_refused: 1 });
  });

  it('entry limit: the customer over the hourly limit is refused with the limit named', async () => {
    const id = await publish(
      'Limited',
      { type: 'entry.event', settings: { event: 'limit_evt' } },
      { reentry: { mode: 'always' }, entryLimit: 1 },
    );
    await track('rl1', 'limit_evt');
    await track('rl2', 'limit_evt');
    await track('rl3', 'limit_evt');
    expect(await refusalsOf('rl1', id)).toEqual([]);
    expect(await refusalsOf('rl2', id)).toEqual([
      expect.objectContaining({ code: 'entry_limit', params: { limit: 1 } }),
    ]);
    expect(await refusedStats(id)).toEqual({ entry_limit: 2 });
  });

  it('entry where: an event that does not match is explained', async () => {
    const id = await publish('Shoes only', {
      type: 'entry.event',
      settings: {
        event: 'where_evt',
        where: { trigger: 'properties.category', op: 'eq', value: 'shoes' },
      },
    });
    await track('rw1', 'where_evt', { category: 'hats' });
    await track('rw2', 'where_evt', { category: 'shoes' });
    const [refusal] = await refusalsOf('rw1', id);
    expect(refusal).toMatchObject({ code: 'where_mismatch', params: { event: 'where_evt' } });
    expect(refusal?.reason).toContain('did not match the entry condition');
    expect(await refusalsOf('rw2', id)).toEqual([]);
    expect(await refusedStats(id)).toEqual({ where_mismatch: 1 });
  });

  it('behaviour window not met: the count and the threshold are in the params', async () => {
    const id = await publish('Searched thrice', {
      type: 'entry.behavior',
      settings: { event: 'search_evt', minCount: 3, withinSeconds: 86_400 },
    });
    await track('rb1', 'search_evt');
    await track('rb1', 'search_evt');
    expect(await refusalsOf('rb1', id)).toEqual([
      expect.objectContaining({
        code: 'behavior_window_not_met',
        params: { event: 'search_evt', minCount: 3, withinSeconds: 86_400, count: 2 },
        attempts: 2,
        reason: 'did not enter: 2 × search_evt within 86400s < 3',
      }),
    ]);
    await track('rb1', 'search_evt');
    const trace = await h.marketer.get(`/api/customers/rb1/trace?journeyId=${id}`);
    expect((trace.body.items as TraceItem[]).some((item) => item.runId && item.nodeId === 'entry')).toBe(
      true,
    );
    expect(await refusedStats(id)).toEqual({ behavior_window_not_met: 1 });
  });

  it('active period: nobody enters before the start or after the end', async () => {
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const early = await publish(
      'Not yet',
      { type: 'entry.event', settings: { event: 'early_evt' } },
      { startsAt },
    );
    await track('rp1', 'early_evt');
    expect(await refusalsOf('rp1', early)).toEqual([
      expect.objectContaining({ code: 'outside_active_period', params: { startsAt } }),
    ]);
    expect(await refusedStats(early)).toEqual({ outside_active_period: 1 });
    // Without an offset the end is wall-clock time in the journey's timezone (here: long past).
    const ended = await publish(
      'Over',
      { type: 'entry.event', settings: { event: 'late_evt' } },
      { endsAt: '2020-01-01T00:00', timezone: 'Asia/Seoul' },
    );
    await track('rp2', 'late_evt');
    const [refusal] = await refusalsOf('rp2', ended);
    expect(refusal).toMatchObject({ code: 'outside_active_period', params: { endsAt: '2020-01-01T00:00' } });
    expect(refusal?.reason).toBe('did not enter: the journey ended at 2020-01-01T00:00');
  });

  it('a batch of repeated refusals is written once (folded in memory, one upsert)', async () => {
    const id = await publish('Batch', { type: 'entry.event', settings: { event: 'batch_evt' } });
    const events = Array.from({ length: 50 }, (_, i) => ({
      externalId: 'rbatch',
      name: 'batch_evt',
      timestamp: new Date(Date.now() - (50 - i) * 1000).toISOString(),
    }));
    expect((await h.marketer.post('/api/events/batch', { events })).status).toBe(202);
    const rows = await h.t.db.sql.query<{ attempts: number }>(
      'select attempts from entry_refusals where journey_id = $1',
      [id],
    );
    expect(rows.map((r) => Number(r.attempts))).toEqual([49]);
  });
});
