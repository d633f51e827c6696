import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestDatabase } from '../testing/useTestDatabase';
import { createJourneyClock } from './journeyClock';

describe.each(databaseKinds)('journey clock on %s', (kind) => {
  const h = useTestDatabase(kind);

  it('is real time at scale 1, and a scaled clock from now on an empty database', async () => {
    const real = createFakeClock('2026-05-01T00:00:00Z');
    expect((await createJourneyClock(h.db.sql, 1, real)).now().toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    const clock = await createJourneyClock(h.db.sql, 60, real);
    expect(clock.now().toISOString()).toBe('2026-05-01T00:00:00.000Z');
    real.advance(60);
    expect(clock.now().toISOString()).toBe('2026-05-01T01:00:00.000Z');
  });

  it('resumes where journey time stood after a restart instead of going back to real time', async () => {
    // A previous process ran at 60× and last wrote a run 59 journey-hours ahead of real time.
    await h.db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, bucket, snapshot, entered_at, node_entered_at, updated_at)
       values ('run_1', 'ws', 'j', 1, 'j_v1', 'c', 'k', 'waiting', 'wait', 0, '{}', $1, $1, $1)`,
      ['2026-05-03T11:00:00Z'],
    );
    const real = createFakeClock('2026-05-01T02:00:00Z');
    const clock = await createJourneyClock(h.db.sql, 60, real);
    expect(clock.now().toISOString()).toBe('2026-05-03T11:00:00.000Z');
    real.advance(30);
    expect(clock.now().toISOString()).toBe('2026-05-03T11:30:00.000Z');
    // Once real time has overtaken it, real time is the start again.
    const later = createFakeClock('2026-06-01T00:00:00Z');
    expect((await createJourneyClock(h.db.sql, 60, later)).now().toISOString()).toBe(
      '2026-06-01T00:00:00.000Z',
    );
  });
});
