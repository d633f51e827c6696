import { readFileSync } from 'node:fs';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/** Statements issued and milliseconds spent awaiting the database, counted by `countingSqlClient`. */
export type SqlCounts = { statements: number; waitMs: number };

/**
 * Wraps a SqlClient to count every statement (transactions' BEGIN/COMMIT are counted as two) and the
 * wall time spent awaiting them, so the bench can print statements per batch beside steps/s.
 */
export function countingSqlClient(inner: SqlClient, counts: SqlCounts): SqlClient {
  return {
    kind: inner.kind,
    async query(text, params, options) {
      counts.statements += 1;
      const started = performance.now();
      try {
        return await inner.query(text, params, options);
      } finally {
        counts.waitMs += performance.now() - started;
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
