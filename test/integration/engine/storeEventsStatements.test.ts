import { ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { pgliteEventsPerStatement } from '@journeyflow/engine/ingest/storeEvents';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

// On PGlite a batch's events are inserted by several statements (`pgliteEventsPerStatement` each): which
// event of a repeated messageId is stored, and which are answered as duplicates, must not depend on where
// the statements split the batch.
describe.each(databaseKinds)('a batch of events larger than one PGlite statement on %s', (kind) => {
  const h = useEngineHarness(kind);

  it('keeps the first of each messageId, within a statement, across statements and against stored events', async () => {
    const size = pgliteEventsPerStatement * 2 + 10;
    const messageOf = (n: number) => {
      if (n === 6 || n === pgliteEventsPerStatement + 1) return 'm5'; // within the first, and across
      if (n === size - 1) return 'stored';
      return `m${n}`;
    };
    await ingestEvents(h.engine, h.workspaceId, [
      { externalId: 'early', name: 'visit', properties: { n: -1 }, messageId: 'stored' },
    ]);
    const events: TrackedEvent[] = Array.from({ length: size }, (_, n) => ({
      externalId: `c${n % 7}`,
      name: 'visit',
      properties: { n },
      messageId: messageOf(n),
    }));
    const result = await ingestEvents(h.engine, h.workspaceId, events);
    expect(result.duplicateIndexes).toEqual([6, pgliteEventsPerStatement + 1, size - 1]);
    expect(result.accepted).toBe(size - 3);
    const stored = await h.sql.query<{ message_id: string; n: number; external_id: string }>(
      `select e.message_id, (e.properties->>'n')::int as n, c.external_id
         from events e join customers c on c.id = e.customer_id
        where e.workspace_id = $1 order by (e.properties->>'n')::int`,
      [h.workspaceId],
    );
    expect(stored).toHaveLength(size - 2);
    expect(stored.find((e) => e.message_id === 'm5')).toMatchObject({ n: 5, external_id: 'c5' });
    expect(stored.find((e) => e.message_id === 'stored')).toMatchObject({ n: -1, external_id: 'early' });
    expect(stored.filter((e) => e.n >= 0).map((e) => e.external_id)).toEqual(
      events
        .map((e, n) => ({ ...e, n }))
        .filter((e) => ![6, pgliteEventsPerStatement + 1, size - 1].includes(e.n))
        .map((e) => e.externalId),
    );
  });
});
