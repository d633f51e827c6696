import { ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { type CustomerUpsert, upsertCustomers } from '@journeyflow/engine/ingest/upsertCustomers';
import type { Migration } from '@journeyflow/engine/lifecycle/publishVersion';
import { createFakeClock, type FakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import type { EngineOptions } from '@journeyflow/engine/step/engineOptions';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { publishTestVersion } from '@journeyflow/server/db/testVersions';
import type { JourneyBuilder } from '@journeyflow/shared/testing/journeyBuilder';
import { seconds } from '@journeyflow/shared/testing/journeyBuilder';

export type OutboxView = {
  customer: string;
  node: string;
  channel: string;
  status: string;
  reason: string | null;
  rendered: unknown;
  visit: number;
};

/** One database, one engine and a fake clock, with helpers that read like the scenario. */
export class EngineHarness {
  readonly workspaceId = 'ws_test';
  private journeyCounter = 0;

  constructor(
    readonly database: TestDatabase,
    readonly engine: Engine,
    readonly clock: FakeClock,
  ) {}

  get sql(): SqlClient {
    return this.database.sql;
  }

  static async open(kind: DatabaseKind, options: Partial<EngineOptions> = {}): Promise<EngineHarness> {
    const database = await openTestDatabase(kind);
    const clock = createFakeClock('2026-03-02T03:00:00.000Z'); // Monday 12:00 in Seoul
    const engine = await createEngine(
      { db: database.sql, clock, logger: silentLogger, ids: randomIds },
      options,
    );
    return new EngineHarness(database, engine, clock);
  }

  async reset(): Promise<void> {
    await this.sql.query(
      'truncate runs, run_trace, outbox, events, customers, journey_versions, entry_counters, schedules, messaging_settings, short_links',
    );
    this.engine.index.invalidate();
    this.clock.set('2026-03-02T03:00:00.000Z');
  }

  async publish(
    journey: JourneyBuilder | { graph: unknown; settings?: unknown },
    opts: { journeyId?: string; version?: number; migration?: Migration } = {},
  ): Promise<{ journeyId: string; versionId: string }> {
    const built = 'build' in journey ? journey.build() : journey;
    this.journeyCounter += 1;
    const journeyId = opts.journeyId ?? `jrn_${this.journeyCounter}`;
    const version = opts.version ?? 1;
    const versionId = `${journeyId}_v${version}`;
    await publishTestVersion(this.engine, {
      workspaceId: this.workspaceId,
      journeyId,
      versionId,
      version,
      graph: built.graph as never,
      settings: built.settings as never,
      migration: opts.migration,
    });
    return { journeyId, versionId };
  }

  customer(externalId: string, upsert: Omit<CustomerUpsert, 'externalId'> = {}) {
    return upsertCustomers(this.engine, this.workspaceId, [{ externalId, ...upsert }]);
  }

  track(
    externalId: string,
    name: string,
    properties: Record<string, unknown> = {},
    extra: Partial<TrackedEvent> = {},
  ) {
    return ingestEvents(this.engine, this.workspaceId, [{ externalId, name, properties, ...extra }]);
  }

  /** Steps due runs until none is left. */
  async tick(): Promise<number> {
    let steps = 0;
    for (;;) {
      const { claimed, steps: s } = await stepDueRuns(this.engine);
      steps += s;
      if (claimed === 0) return steps;
    }
  }

  /** Moves the fake clock and lets every run that became due proceed. */
  async advance(duration: string | number): Promise<void> {
    this.clock.advance(seconds(duration));
    await this.tick();
  }

  async outbox(externalId?: string): Promise<OutboxView[]> {
    const rows = await this.sql.query<Record<string, unknown>>(
      `select external_id, node_id, channel, status, reason, rendered, visit from outbox
       where ($1::text is null or external_id = $1) order by created_at, id`,
      [externalId ?? null],
    );
    return rows.map((r) => ({
      customer: String(r.external_id),
      node: String(r.node_id),
      channel: String(r.channel),
      status: String(r.status),
      reason: (r.reason as string | null) ?? null,
      rendered: r.rendered,
      visit: Number(r.visit),
    }));
  }

  async runs(externalId?: string) {
    return this.sql.query<{
      status: string;
      current_node: string;
      journey_id: string;
      holdout: boolean;
      version: number;
    }>(
      `select r.status, r.current_node, r.journey_id, r.holdout, r.version from runs r join customers c on c.id = r.customer_id
       where ($1::text is null or c.external_id = $1) order by r.entered_at, r.id`,
      [externalId ?? null],
    );
  }

  async trace(externalId: string): Promise<string[]> {
    const rows = await this.sql.query<{
      node_id: string;
      handle: string | null;
      reason: string;
      kind: string;
    }>(
      `select t.node_id, t.handle, t.reason, t.kind from run_trace t join customers c on c.id = t.customer_id
       where c.external_id = $1 order by t.at, t.run_id, t.seq`,
      [externalId],
    );
    return rows.map((r) => `${r.node_id} ${r.kind}${r.handle ? `(${r.handle})` : ''}: ${r.reason}`);
  }

  dispose(): Promise<void> {
    return this.database.dispose();
  }
}
