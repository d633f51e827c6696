/**
 * The engine's view of the database: raw parameterised SQL plus transactions.
 * The server adapts PGlite and postgres.js to it, so the engine runs unchanged on both.
 */
export type SqlRow = Record<string, unknown>;

export type SqlClient = {
  readonly kind: 'pglite' | 'postgres';
  query<T extends SqlRow = SqlRow>(text: string, params?: readonly unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
};
