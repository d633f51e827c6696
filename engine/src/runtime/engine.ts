import type { EnginePorts } from '../ports/enginePorts';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from './customerRecord';
import { customerColumns, customerFromRow } from './customerRecord';
import { defaultEngineOptions, type EngineOptions } from './engineOptions';
import { LiveIndex } from './liveIndex';
import type { StepEnv } from './stepEnv';
import { StepWrites } from './stepWrites';
import { VersionCache } from './versionCache';

/** One engine per process: ports, options, the compiled-version cache and the live entry index. */
export type Engine = {
  readonly ports: EnginePorts;
  readonly options: EngineOptions;
  readonly versions: VersionCache;
  readonly index: LiveIndex;
  /** Tables of other areas the engine reads when present (templates, optouts, segment_members, segments). */
  readonly tables: Set<string>;
};

const optionalTables = [
  'templates',
  'template_versions',
  'journey_versions',
  'optouts',
  'segment_members',
  'segments',
  'messaging_settings',
  'short_links',
];

export async function createEngine(
  ports: EnginePorts,
  options: Partial<EngineOptions> = {},
): Promise<Engine> {
  const versions = new VersionCache();
  const rows = await ports.db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_name = any($1::text[])`,
    [optionalTables],
  );
  return {
    ports,
    options: { ...defaultEngineOptions, ...options },
    versions,
    index: new LiveIndex(versions, (versionId, error) =>
      ports.logger.error('journey version cannot be loaded; left out of the live index', {
        versionId,
        error: String(error),
      }),
    ),
    tables: new Set(rows.map((r) => r.table_name)),
  };
}

export function createStepEnv(engine: Engine, tx: SqlClient, now: Date): StepEnv {
  return {
    ports: engine.ports,
    tx,
    now,
    writes: new StepWrites(),
    versions: engine.versions,
    customers: new Map<string, CustomerRecord>(),
    options: engine.options,
    pendingSends: new Map(),
    tables: engine.tables,
  };
}

export async function loadCustomers(env: StepEnv, customerIds: readonly string[]): Promise<void> {
  const missing = [...new Set(customerIds)].filter((id) => !env.customers.has(id));
  if (missing.length === 0) return;
  const rows = await env.tx.query(`select ${customerColumns} from customers where id = any($1::text[])`, [
    missing,
  ]);
  for (const row of rows) {
    const customer = customerFromRow(row);
    env.customers.set(customer.id, customer);
  }
}
