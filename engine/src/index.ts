// Entry points of @journeyflow/engine; internals are imported by path (`@journeyflow/engine/runtime/...`).

export type { AudienceStage } from './ingest/audienceStage';
export { enterSegment } from './ingest/enterSegment';
export { ingestEvents, type TrackedEvent } from './ingest/ingestEvents';
export { createIngestion, type Ingestion } from './ingest/ingestion';
export { type CustomerUpsert, upsertCustomers } from './ingest/upsertCustomers';
export { compileJourney } from './journey/compileJourney';
export { dryRunMigration } from './lifecycle/dryRunMigration';
export { enrollExisting } from './lifecycle/enrollExisting';
export { archiveJourney, pauseJourney, resumeJourney } from './lifecycle/journeyLifecycle';
export { type Migration, publishVersion } from './lifecycle/publishVersion';
export { startEngineLoop } from './loop/engineLoop';
export { type Clock, systemClock } from './ports/clock';
export type { EnginePorts } from './ports/enginePorts';
export { createFakeClock } from './ports/fakeClock';
export { createScaledClock } from './ports/scaledClock';
export { createEngine, type Engine } from './runtime/engine';
export { fireSchedules } from './runtime/fireSchedules';
export { resumeRunAfterDelivery } from './runtime/resumeRunAfterDelivery';
export { stepDueRuns } from './runtime/stepDueRuns';
