/**
 * Per-connection limits (PostgreSQL `statement_timeout` and `idle_in_transaction_session_timeout`, in
 * milliseconds; 0 = none). One runaway query or a transaction left open by a crashed request cannot hold
 * locks and connections for every tenant. Set with JOURNEYFLOW_STATEMENT_TIMEOUT_MS and
 * JOURNEYFLOW_IDLE_IN_TRANSACTION_TIMEOUT_MS.
 */
export type DatabaseTimeouts = {
  readonly statementTimeoutMs: number;
  readonly idleInTransactionTimeoutMs: number;
};

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 60_000,
};

/** Migrations may rewrite big tables and wait for another process's migration lock: no limits. */
export const NO_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  statementTimeoutMs: 0,
  idleInTransactionTimeoutMs: 0,
};

/** The server parameters postgres.js sends when it opens each connection. */
export const timeoutParameters = (timeouts: DatabaseTimeouts): Record<string, string> => ({
  statement_timeout: String(Math.trunc(timeouts.statementTimeoutMs)),
  idle_in_transaction_session_timeout: String(Math.trunc(timeouts.idleInTransactionTimeoutMs)),
});
