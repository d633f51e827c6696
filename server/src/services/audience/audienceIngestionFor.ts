import { randomIds } from '@journeyflow/engine/ports/ids';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import type { ServerDeps } from '../../serverDeps';
import { type AudienceIngestion, createAudienceIngestion } from './audienceIngestion';

const byDatabase = new WeakMap<object, AudienceIngestion>();

/**
 * One AudienceIngestion per database, made on first use. It uses the process's engine when the server
 * deps carry one (`deps.engine`), otherwise it creates one over the same database: the engine keeps no
 * state that two instances in one process could disagree on (its live index refreshes from the DB).
 */
export const audienceIngestionFor = (deps: Pick<ServerDeps, 'db' | 'now' | 'logger'>): AudienceIngestion => {
  let ingestion = byDatabase.get(deps.db);
  if (!ingestion) {
    const provided = (deps as { engine?: Engine }).engine;
    const engine =
      provided ??
      createEngine({ db: deps.db.sql, clock: { now: deps.now }, logger: deps.logger, ids: randomIds });
    // The audience derives RFM and segment windows from event times, which the engine stamps on its
    // journey clock: with the wall clock a scaled demo saw purchases "in the future" (recency -1).
    const now = provided ? () => provided.ports.clock.now() : deps.now;
    ingestion = createAudienceIngestion(engine, deps.db.sql, {
      now,
      onAudienceError: (workspaceId, error) =>
        deps.logger.error('audience update after ingestion failed', { workspaceId, error: String(error) }),
    });
    byDatabase.set(deps.db, ingestion);
  }
  return ingestion;
};
