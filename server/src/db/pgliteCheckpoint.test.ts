import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointIfWalGrew, walSinceCheckpoint } from './pgliteCheckpoint';

// Without it, PGlite's WAL grows to max_wal_size (1 GB) and the statement that crosses it checkpoints inline.
describe('PGlite checkpoint', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
    await pg.exec('create table notes (id serial primary key, body text not null)');
  });
  afterAll(() => pg.close());

  it('checkpoints once the WAL since the last checkpoint passes the limit, and not before', async () => {
    await pg.exec('checkpoint');
    expect(await checkpointIfWalGrew(pg, 1024 * 1024)).toBe(false);
    await pg.exec(`insert into notes (body) select repeat('x', 500) from generate_series(1, 5000)`);
    expect(await walSinceCheckpoint(pg)).toBeGreaterThan(1024 * 1024);
    expect(await checkpointIfWalGrew(pg, 1024 * 1024)).toBe(true);
    expect(await walSinceCheckpoint(pg)).toBeLessThan(64 * 1024);
    expect(await checkpointIfWalGrew(pg, 1024 * 1024)).toBe(false);
  });
});
