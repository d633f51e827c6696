import { type IngestResult, ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import {
  type CustomerUpsert,
  enterSegment,
  type UpsertResult,
  upsertCustomers,
} from '@journeyflow/engine/ingest/upsertCustomers';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import type { AudienceEventSink } from './audienceEvent';
import { type AudienceEffects, applyAudienceChange, refreshAudience } from './refreshAudience';

/**
 * The engine's ingestion with the audience kept in step: after customers are upserted or events
 * tracked, RFM (for purchasers), grades and dynamic segments are refreshed for exactly those
 * customers; grade changes come back in as `grade_changed` events and segment entries start
 * `entry.segment` runs. Segment-compatible ingestion and the audience jobs go through it.
 */
export type AudienceIngestion = AudienceEffects & {
  readonly sql: SqlClient;
  trackEvents(workspaceId: string, events: readonly TrackedEvent[]): Promise<IngestResult>;
  identify(workspaceId: string, customers: readonly CustomerUpsert[]): Promise<UpsertResult>;
};

export type AudienceIngestionOptions = {
  readonly now: () => Date;
  /** The purchase event name (RFM input). */
  readonly purchaseEvent?: string;
  /**
   * Told when keeping the audience in step fails after the events or profiles were stored. The
   * failure is not thrown: the caller's data is committed, so answering 500 would invite a retry of
   * something that already happened. The hourly refresh catches the audience up.
   */
  readonly onAudienceError?: (workspaceId: string, error: unknown) => void;
};

export const createAudienceIngestion = (
  engine: Engine | Promise<Engine>,
  sql: SqlClient,
  options: AudienceIngestionOptions,
): AudienceIngestion => {
  const purchase = options.purchaseEvent ?? 'purchase';
  const customerIdsOf = async (workspaceId: string, externalIds: readonly string[]) => {
    const rows = await sql.query<{ id: string; external_id: string }>(
      'select id, external_id from customers where workspace_id = $1 and external_id = any($2::text[])',
      [workspaceId, [...new Set(externalIds)]],
    );
    return new Map(rows.map((r) => [r.external_id, r.id]));
  };

  const emit: AudienceEventSink = async (workspaceId, events) => {
    if (events.length === 0) return;
    await trackEvents(
      workspaceId,
      events.map((e) => ({
        externalId: e.externalId,
        name: e.name,
        properties: { ...e.properties },
        timestamp: e.timestamp.toISOString(),
        messageId: e.messageId,
      })),
    );
  };

  const enter = async (workspaceId: string, segmentId: string, customerIds: readonly string[]) =>
    enterSegment(await engine, { workspaceId, segmentId, customerIds });

  const effects: AudienceEffects = { emit, enterSegment: enter };

  const afterChange = async (
    workspaceId: string,
    externalIds: readonly string[],
    purchasers: readonly string[],
  ) => {
    const ids = await customerIdsOf(workspaceId, [...externalIds, ...purchasers]);
    const change = await refreshAudience(
      sql,
      workspaceId,
      externalIds.map((x) => ids.get(x)).filter((x): x is string => x !== undefined),
      {
        now: options.now(),
        purchasers: purchasers.map((x) => ids.get(x)).filter((x): x is string => x !== undefined),
      },
    );
    await applyAudienceChange(effects, workspaceId, change);
  };

  /** After-commit side effects, isolated: see `onAudienceError`. */
  const afterCommit = async (
    workspaceId: string,
    externalIds: readonly string[],
    purchasers: readonly string[],
  ) => {
    try {
      await afterChange(workspaceId, externalIds, purchasers);
    } catch (error) {
      options.onAudienceError?.(workspaceId, error);
    }
  };

  async function trackEvents(workspaceId: string, events: readonly TrackedEvent[]): Promise<IngestResult> {
    const result = await ingestEvents(await engine, workspaceId, events);
    if (result.accepted > 0) {
      await afterCommit(
        workspaceId,
        events.map((e) => e.externalId),
        events.filter((e) => e.name === purchase).map((e) => e.externalId),
      );
    }
    return result;
  }

  return {
    sql,
    ...effects,
    trackEvents,
    async identify(workspaceId, customers) {
      const result = await upsertCustomers(await engine, workspaceId, customers);
      await afterCommit(
        workspaceId,
        customers.map((c) => c.externalId),
        [],
      );
      return result;
    },
  };
};
