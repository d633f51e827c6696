import type { TrackedEvent } from '@journeyflow/engine/ingest/trackedEvent';

/**
 * An event the audience service originates (`grade_changed`, `consent_expiring`). Its `messageId` is
 * derived from what caused it, so emitting the same change twice is deduplicated by the events table.
 */
export type AudienceEvent = {
  readonly customerId: string;
  readonly externalId: string;
  readonly name: 'grade_changed' | 'consent_expiring';
  readonly properties: Readonly<Record<string, unknown>>;
  readonly timestamp: Date;
  readonly messageId: string;
};

/**
 * Where audience events go: the engine's ingestion, so `entry.event` and `entry.grade` journeys react
 * exactly as they do to tracked events.
 */
export type AudienceEventSink = (workspaceId: string, events: readonly AudienceEvent[]) => Promise<void>;

/** An audience event as the engine's ingestion takes it. */
export const toTrackedEvent = (e: AudienceEvent): TrackedEvent => ({
  externalId: e.externalId,
  name: e.name,
  properties: { ...e.properties },
  timestamp: e.timestamp.toISOString(),
  messageId: e.messageId,
});
