import type { TraceEntry } from '@journeyflow/shared/api/trace';
import type { ScriptedEvent } from '../nodes/enginePlugin';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';
import type { SqlClient, SqlRow } from '../ports/sqlClient';
import type { EngineOptions } from '../step/engineOptions';

/** A made-up customer (SPEC §7 test run); consent values are ISO dates, `null` = withdrawn. */
export type SimulatedCustomer = {
  readonly attributes?: Record<string, unknown>;
  readonly timezone?: string | undefined;
  readonly consent?: Record<string, string | null | undefined> | undefined;
  readonly grade?: string | undefined;
};

export type SimulationInput = {
  readonly workspaceId: string;
  readonly journeyId: string;
  /** The draft to try: graph and settings as stored (must parse as a complete journey). */
  readonly graph: unknown;
  readonly settings: unknown;
  /** An existing customer to copy (profile, history, segments, recent messages), … */
  readonly externalId?: string | undefined;
  /** … and/or a made-up one (overrides the copy's fields when both are given). */
  readonly customer?: SimulatedCustomer | undefined;
  readonly events?: readonly ScriptedEvent[] | undefined;
  /** How far the simulated clock may run; default 30 days. */
  readonly horizonSeconds?: number | undefined;
  /** Simulated start time; default now. */
  readonly start?: Date | undefined;
};

export type SimulationResult = {
  readonly externalId: string;
  readonly trace: TraceEntry[];
  /** Outbox rows the run wrote (snake_case columns, like `select * from outbox`), in order. */
  readonly outbox: SqlRow[];
  /** The simulated clock when the simulation stopped. */
  readonly endedAt: Date;
};

export type SimulationPorts = {
  readonly db: SqlClient;
  readonly logger: Logger;
  readonly ids: Ids;
  readonly options?: Partial<EngineOptions>;
};

export type { ScriptedEvent };
