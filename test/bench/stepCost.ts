import { readFileSync } from 'node:fs';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * Statements issued and milliseconds during which at least one was awaited, counted by `countingSqlClient`.
 * Statements pipelined together (a flush sends several at once) count their shared wait once.
 */
export type SqlCounts = { statements: number; waitMs: number };

/** Per tally: statements in flight now, and since when at least one has been. */
const inFlight = new WeakMap<SqlCounts, { pending: number; since: number }>();

function awaitStarted(counts: SqlCounts): void {
  const state = inFlight.get(counts) ?? { pending: 0, since: 0 };
  if (state.pending === 0) state.since = performance.now();
  state.pending += 1;
  inFlight.set(counts, state);
}

function awaitEnded(counts: SqlCounts): void {
  const state = inFlight.get(counts);
  if (!state) return;
  state.pending -= 1;
  if (state.pending === 0) counts.waitMs += performance.now() - state.since;
}

/**
 * Wraps a SqlClient to count every statement (transactions' BEGIN/COMMIT are counted as two) and the
 * wall time spent awaiting the database, so the bench can print statements per batch beside steps/s.
 */
export function countingSqlClient(inner: SqlClient, counts: SqlCounts): SqlClient {
  return {
    kind: inner.kind,
    async query(text, params, options) {
      counts.statements += 1;
      awaitStarted(counts);
      try {
        return await inner.query(text, params, options);
      } finally {
        awaitEnded(counts);
      }
    },
    transaction(fn) {
      counts.statements += 2;
      return inner.transaction((tx) => fn(countingSqlClient(tx, counts)));
    },
  };
}

const ticksPerSecond = 100; // USER_HZ on Linux

/** CPU milliseconds (user + system) a process has used so far, from /proc; 0 where it cannot be read. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}
