import { createIngestion, type Ingestion } from '@journeyflow/engine/ingest/ingestion';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import { type AudienceEventSink, toTrackedEvent } from './audienceEvent';
import { createAudienceStage } from './audienceStage';
import type { AudienceEffects } from './refreshAudience';

/**
 * The engine's one ingestion with the audience kept in step in the same transaction (see
 * `audienceStage.ts`), plus `emit` for the events the audience jobs derive (`grade_changed`,
 * `consent_expiring`), which enter through the same `ingest`. The server makes one per process.
 */
export type AudienceIngestion = Ingestion & AudienceEffects;

export type AudienceIngestionOptions = {
  /** The purchase event name (RFM input). */
  readonly purchaseEvent?: string;
  /**
   * Told when keeping the audience in step fails; the events or profiles still commit (the stage runs
   * in a savepoint), so answering 500 would invite a retry of something that already happened. The
   * hourly refresh catches the audience up. Default: the engine's logger.
   */
  readonly onAudienceError?: (workspaceId: string, error: unknown) => void;
};

export const createAudienceIngestion = (
  engine: Engine,
  options: AudienceIngestionOptions = {},
): AudienceIngestion => {
  const ingestion = createIngestion(engine, {
    audience: {
      stage: createAudienceStage(options.purchaseEvent),
      ...(options.onAudienceError ? { onError: options.onAudienceError } : {}),
    },
  });
  const emit: AudienceEventSink = async (workspaceId, events) => {
    if (events.length === 0) return;
    await ingestion.ingest(workspaceId, events.map(toTrackedEvent));
  };
  return { ...ingestion, emit };
};
