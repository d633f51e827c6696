import type { Clock } from '@journeyflow/engine/ports/clock';
import { createScaledClock } from '@journeyflow/engine/ports/scaledClock';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * The engine's clock for JOURNEYFLOW_TIME_SCALE. Real time when the scale is 1. Otherwise a scaled clock
 * that resumes where journey time stood when the process last stopped (the newest run update or event
 * receipt, both written on this clock), so a restart never sends journey time backwards: without it a
 * demo that ran an hour at 60× would restart 59 hours in its own past, with waits due "tomorrow".
 */
export async function createJourneyClock(
  sql: SqlClient,
  scale: number,
  base: Clock = { now: () => new Date() },
): Promise<Clock> {
  if (scale === 1) return base;
  const [row] = await sql.query<{ at: Date | string | null }>(
    `select greatest((select max(updated_at) from runs), (select max(received_at) from events)) as at`,
  );
  const realStart = base.now();
  const stored = row?.at ? new Date(row.at) : null;
  const start = stored && stored.getTime() > realStart.getTime() ? stored : realStart;
  const offset = start.getTime() - realStart.getTime();
  // journey time = start + (real elapsed) × scale
  return createScaledClock(scale, start, { now: () => new Date(base.now().getTime() + offset) });
}

/**
 * "Now" for everything customers and audiences derive from event times (RFM recency, segment windows,
 * consent age): the engine's journey clock, on which events are stamped. The wall clock (`deps.now`) is
 * for sessions and audit; mixing the two made `recency_days` read -1 right after a purchase on a scaled
 * demo clock.
 */
export const journeyNow = (deps: { readonly engine: { readonly ports: { readonly clock: Clock } } }): Date =>
  deps.engine.ports.clock.now();
