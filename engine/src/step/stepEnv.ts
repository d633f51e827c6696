import type { EnginePorts } from '../ports/enginePorts';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from './customerRecord';
import type { EngineOptions } from './engineOptions';
import type { StepWrites } from './stepWrites';
import type { VersionCache } from './versionCache';

/** What a batch of steps shares: the transaction, the instant, preloaded customers and the pending writes. */
export type StepEnv = {
  readonly ports: EnginePorts;
  readonly tx: SqlClient;
  readonly now: Date;
  readonly writes: StepWrites;
  readonly versions: VersionCache;
  readonly customers: Map<string, CustomerRecord>;
  readonly options: EngineOptions;
  /** Messages queued earlier in this batch, per cap key, so caps count what is not yet written. */
  readonly pendingSends: Map<string, number>;
  /**
   * Each workspace's messaging settings, read at its first send in the batch. Typed where it is read
   * (`rules/workspaceSendSettings`), so this lower folder does not import the rules.
   */
  readonly workspaceSettings: Map<string, Promise<unknown>>;
};
