import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * One ingestion group (one transaction) as the event bench sees it: when its transaction was asked for,
 * when its body finished (the last statement before COMMIT answered), when the COMMIT answered, and what
 * it cost in statements and round trips.
 */
export type GroupTiming = {
  readonly events: number;
  readonly start: number;
  bodyEnd: number;
  commitEnd: number;
  /** Statements sent, BEGIN, COMMIT and SAVEPOINT included. */
  statements: number;
  /**
   * Round trips: BEGIN, COMMIT and each SAVEPOINT one each (postgres.js awaits each on its own), plus one per wave of
   * statements in the body — statements issued while another is still in flight ride the same round trip
   * (postgres.js pipelines them on the transaction's connection).
   */
  roundTrips: number;
};

/**
 * Wraps the engine's SqlClient so every transaction started inside `timed(group, …)` records its timings
 * and statement/round-trip counts into that group. Statements outside a group are not counted.
 */
export function groupTimingSqlClient(inner: SqlClient): {
  readonly sql: SqlClient;
  readonly timed: <T>(group: GroupTiming, call: () => Promise<T>) => Promise<T>;
} {
  const current = new AsyncLocalStorage<GroupTiming>();
  const inTransaction = (tx: SqlClient, group: GroupTiming): SqlClient => {
    let inFlight = 0;
    return {
      kind: tx.kind,
      async query(text, params, options) {
        group.statements++;
        if (inFlight === 0) group.roundTrips++;
        inFlight++;
        try {
          return await tx.query(text, params, options);
        } finally {
          inFlight--;
        }
      },
      transaction(fn) {
        // A savepoint: postgres.js sends SAVEPOINT and awaits it before `fn` (RELEASE is not sent).
        group.statements++;
        group.roundTrips++;
        return tx.transaction((inner) => fn(inTransaction(inner, group)));
      },
    };
  };
  const sql: SqlClient = {
    kind: inner.kind,
    query: (text, params, options) => inner.query(text, params, options),
    async transaction(fn) {
      const group = current.getStore();
      if (!group) return inner.transaction(fn);
      group.statements += 2;
      group.roundTrips += 2;
      const result = await inner.transaction(async (tx) => {
        const value = await fn(inTransaction(tx, group));
        group.bodyEnd = performance.now();
        return value;
      });
      group.commitEnd = performance.now();
      return result;
    },
  };
  return { sql, timed: (group, call) => current.run(group, call) };
}
