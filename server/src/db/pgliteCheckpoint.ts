import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite runs PostgreSQL single-user, without the checkpointer: nothing checkpoints until the WAL since the
 * last checkpoint reaches `max_wal_size` (1 GB), and then the statement that crosses it does the whole
 * checkpoint inline, holding the one thread (and so every request) for seconds, while the data directory
 * (or, in memory, the process) carries up to 1 GB of WAL. Checkpointing from the maintenance timer once the
 * WAL grows past `WAL_CHECKPOINT_BYTES` keeps each checkpoint small (tens of ms) and the WAL bounded; the
 * segments are recycled after it.
 */
export const WAL_CHECKPOINT_BYTES = 64 * 1024 * 1024;

const WAL_SINCE_CHECKPOINT = `select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), redo_lsn)::bigint as bytes
  from pg_control_checkpoint()`;

/** WAL bytes written since the last checkpoint's redo point. */
export async function walSinceCheckpoint(pg: PGlite): Promise<number> {
  const { rows } = await pg.query<{ bytes: string | number }>(WAL_SINCE_CHECKPOINT);
  return Number(rows[0]?.bytes ?? 0);
}

/** Checkpoints when more than `limitBytes` of WAL were written since the last one; answers whether it did. */
export async function checkpointIfWalGrew(pg: PGlite, limitBytes = WAL_CHECKPOINT_BYTES): Promise<boolean> {
  if ((await walSinceCheckpoint(pg)) <= limitBytes) return false;
  await pg.exec('checkpoint');
  return true;
}
