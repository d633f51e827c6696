/**
 * The engine's view of the database: raw parameterised SQL plus transactions.
 * The server adapts PGlite and postgres.js to it, so the engine runs unchanged on both.
 */
export type SqlRow = Record<string, unknown>;

/** How a statement is sent; adapters that cannot honour an option ignore it. */
export type QueryOptions = {
  /**
   * Keep it as a named prepared statement on the connection (postgres.js `prepare`): later executions skip
   * parse, describe and planning. Only for fixed statement text (the step path), never for text built per call.
   */
  readonly prepare?: boolean;
};

export type SqlClient = {
  readonly kind: 'pglite' | 'postgres';
  query<T extends SqlRow = SqlRow>(
    text: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<T[]>;
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
};
