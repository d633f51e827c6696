import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { simulateRun } from '@journeyflow/engine/simulate/simulateRun';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { exampleJourney } from '@journeyflow/shared/journey/fixtures/exampleJourney';
import { nodeRegistry, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const day = 86_400_000;

// Issue 14 "a test walks the registry and checks each type end to end": every registered node type, with
// its example settings, is published (the entry plugin's publish step) and run by the test-run simulator
// through the engine's own entry matching, ingestion, steps and timers; the customer reaches the node and
// leaves it by one of its handles.
describe.each(databaseKinds)('every node type end to end on %s', (kind) => {
  const h = useEngineHarness(kind);

  it.each(nodeTypes)('%s', async (type) => {
    const graph = exampleJourney(type);
    const { journeyId } = await h.publish({ graph, settings: {} });
    expect((await h.runs()).length).toBe(0);
    const start = h.clock.now();
    const result = await simulateRun(
      { db: h.sql, logger: silentLogger, ids: randomIds },
      {
        workspaceId: h.workspaceId,
        journeyId,
        graph,
        settings: {},
        customer: {
          attributes: {
            name: '김민지',
            phone: '010-1234-5678',
            grade: 'VIP',
            contract_ends_at: new Date(start.getTime() + 20 * day).toISOString(),
            predicted_next_purchase_at: new Date(start.getTime() + 10 * day).toISOString(),
          },
          grade: 'VIP',
          consent: { sms: '2026-01-01T00:00:00Z' },
          timezone: 'Asia/Seoul',
        },
        horizonSeconds: 30 * 86_400,
        start,
      },
    );
    const path = result.trace.map((step) => step.nodeId);
    expect(path, JSON.stringify(result.trace)).toContain('subject');
    const handles = new Set(result.trace.filter((s) => s.nodeId === 'subject').map((s) => s.handle));
    if (nodeRegistry[type].category !== 'exit') {
      expect(
        path.some((id) => id.startsWith('exit_')),
        JSON.stringify(result.trace),
      ).toBe(true);
      expect([...handles].some((handle) => handle !== undefined)).toBe(true);
    }
    if (type === 'send') expect(result.outbox.map((o) => o.node_id)).toEqual(['subject']);
  });

  it('entry.api in a test run: where is checked against the customer, a refusal is explained', async () => {
    const graph = exampleJourney('entry.api');
    const subject = graph.nodes.find((n) => n.id === 'subject')!;
    subject.settings = { where: { attribute: 'grade', op: 'eq', value: 'VIP' } };
    const run = (grade: string) =>
      simulateRun(
        { db: h.sql, logger: silentLogger, ids: randomIds },
        { workspaceId: h.workspaceId, journeyId: 'jrn_sim_api', graph, settings: {}, customer: { grade } },
      );
    const vip = await run('VIP');
    expect(vip.trace[0]).toMatchObject({ nodeId: 'subject', handle: 'next' });
    expect(vip.trace[0]?.reason).toMatch(/enrols the customer through the API/);
    const gold = await run('GOLD');
    expect(gold.trace).toEqual([expect.objectContaining({ nodeId: 'subject', code: 'where_mismatch' })]);
  });
});
