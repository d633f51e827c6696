import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import type { Notifier } from './notifier';
import type * as schema from './schema/index';

export type Schema = typeof schema;

/** The drizzle instance, typed with every table; one type for PGlite and postgres.js. */
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;

/** A drizzle transaction handle; services accept `Orm | OrmTx` so they compose inside a caller's transaction. */
export type OrmTx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Executor = Orm | OrmTx;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  readonly kind: DatabaseKind;
  readonly orm: Orm;
  /** Raw parameterised SQL for the engine (set-based statements, `unnest` arrays). */
  readonly sql: SqlClient;
  /** Cross-process broadcasts (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite). */
  readonly notifier: Notifier;
  close(): Promise<void>;
};
