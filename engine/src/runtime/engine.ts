import type { EnginePorts } from '../ports/enginePorts';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from '../step/customerRecord';
import { customerColumns, customerFromRow } from '../step/customerRecord';
import type { EngineCore } from '../step/engineCore';
import { defaultEngineOptions, type EngineOptions } from '../step/engineOptions';
import type { StepEnv } from '../step/stepEnv';
import { StepWrites } from '../step/stepWrites';
import { VersionCache } from '../step/versionCache';
import { LiveIndex } from './liveIndex';

/**
 * One engine per process: ports, options, the compiled-version cache and the live entry index. It reads
 * and writes its own tables (engine/src/db/schema.ts) and, through the one migration history, the
 * customer, event, template, opt-out, segment and messaging-settings tables of the server.
 */
export type Engine = EngineCore & {
  readonly index: LiveIndex;
};

/** Builds the engine from what the caller passes; it asks the database nothing. */
export function createEngine(ports: EnginePorts, options: Partial<EngineOptions> = {}): Engine {
  const versions = new VersionCache();
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
    workspaceSettings: new Map(),
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
