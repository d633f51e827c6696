import type { PGlite } from '@electric-sql/pglite';
import { checkpointIfWalGrew } from './pgliteCheckpoint';

/**
 * PGlite runs PostgreSQL single-user, without the autovacuum launcher, so nothing ever gathers planner
 * statistics: every table keeps the defaults it had when created, and statements that PostgreSQL plans as
 * index lookups once autovacuum analyzed (a batch of customers by external id, links by code) become scans
 * of the whole workspace there. This analyzes the tables autovacuum would: those whose rows changed by more
 * than 50 + 10 % since their last analyze (autovacuum_analyze_threshold / _scale_factor). Each table is its
 * own statement, so requests waiting on the one PGlite connection run between them. Dead rows are not
 * vacuumed here (a VACUUM of a large table would hold PGlite for seconds): see docs/scaling.md.
 */
const STALE_TABLES = `select format('%I.%I', s.schemaname, s.relname) as name
  from pg_stat_user_tables s join pg_class c on c.oid = s.relid
 where c.relkind = 'r' and s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
 order by s.n_mod_since_analyze desc`;

/** Analyzes the tables whose statistics are stale; answers their names. */
export async function analyzeStaleTables(pg: PGlite): Promise<string[]> {
  // Counters reach the views at most once a second unless a flush is forced (at the end of this statement).
  await pg.query('select pg_stat_force_next_flush()');
  const { rows } = await pg.query<{ name: string }>(STALE_TABLES);
  for (const { name } of rows) await pg.exec(`analyze ${name}`);
  return rows.map((row) => row.name);
}

export type PgliteAnalyzer = { stop(): Promise<void> };

/**
 * Every `intervalMs`: analyzes stale tables, then checkpoints if the WAL grew past its limit
 * (`pgliteCheckpoint.ts`). The timer never keeps the process alive; `stop` waits for a running pass.
 */
export function startPgliteAnalyzer(
  pg: PGlite,
  onError: (error: unknown) => void,
  intervalMs = 30_000,
): PgliteAnalyzer {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = analyzeStaleTables(pg)
      .then(() => checkpointIfWalGrew(pg))
      .catch(onError);
  }, intervalMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
