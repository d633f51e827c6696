import type { Engine } from '../runtime/engine';
import type { AudienceHooks } from './audienceStage';
import { enterSegment, type SegmentEntry } from './enterSegment';
import { ingestEvents, type TrackedEvent } from './ingestEvents';
import { createIngestQueue, type IngestQueueOptions, type QueuedIngestResult } from './ingestQueue';
import { type CustomerUpsert, type UpsertResult, upsertCustomers } from './upsertCustomers';

/**
 * The one way into the engine for events and profiles. Every event — `POST /api/events`, the Segment-style
 * `/api/v1/track`, provider click callbacks, and grade/consent events the audience jobs derive — goes
 * through `ingest`: group-committed per workspace, one transaction per group, with the audience stage (RFM,
 * grades, segment membership, and the `grade_changed` events and segment entries they cause) inside it.
 */
export type Ingestion = {
  /** Resolves once the transaction holding these events has committed. */
  ingest(workspaceId: string, events: readonly TrackedEvent[]): Promise<QueuedIngestResult>;
  /** Upserts profiles; the audience stage runs in the same transaction. */
  identify(workspaceId: string, customers: readonly CustomerUpsert[]): Promise<UpsertResult>;
  /** Starts `entry.segment` runs for members a segment import or refresh reports as entering. */
  enterSegment(workspaceId: string, segmentId: string, customerIds: readonly string[]): Promise<number>;
};

export type IngestionOptions = {
  /** The audience stage and its error report; without it ingestion keeps no audience in step. */
  readonly audience?: AudienceHooks;
  readonly queue?: IngestQueueOptions;
};

/** One per process (the server makes it once, beside the engine). */
export function createIngestion(engine: Engine, options: IngestionOptions = {}): Ingestion {
  const { audience } = options;
  const queue = createIngestQueue(
    (workspaceId, events) => ingestEvents(engine, workspaceId, events, audience),
    options.queue,
  );
  return {
    ingest: (workspaceId, events) => queue.track(workspaceId, events),
    identify: (workspaceId, customers) => upsertCustomers(engine, workspaceId, customers, audience),
    enterSegment: (workspaceId, segmentId, customerIds) =>
      enterSegment(engine, { workspaceId, segmentId, customerIds } satisfies SegmentEntry),
  };
}
