/** Tunables of the runtime; defaults follow SPEC §4 and §6. */
export type EngineOptions = {
  /** Due runs claimed per transaction. */
  readonly batchSize: number;
  /** Batches one worker keeps in flight on PostgreSQL (one claims and steps while another flushes). */
  readonly batchesInFlight: number;
  /** Workspace-wide fatigue cap per channel (SPEC §6): at most `max` messages per `perSeconds`, sliding. */
  readonly workspaceCap: { readonly max: number; readonly perSeconds: number };
  /** Legal quiet hours for ads without night consent (customer local time). */
  readonly adQuietHours: { readonly start: string; readonly end: string };
  /** How long a run whose send has a connected `failed` handle waits for the delivery outcome. */
  readonly deliveryOutcomeTimeoutSeconds: number;
  /** Steps a run may take in one go before it is parked; guards against a cycle without a wait. */
  readonly maxTransitionsPerStep: number;
  /** Base of tracked short links (`JOURNEYFLOW_PUBLIC_URL`): `<publicUrl>/l/<code>`. */
  readonly publicUrl: string;
  /** How long a tracked short link redirects; afterwards it answers the friendly 410 page. */
  readonly shortLinkTtlDays: number;
};

export const defaultEngineOptions: EngineOptions = {
  batchSize: 1000,
  batchesInFlight: 2,
  workspaceCap: { max: 2, perSeconds: 86_400 },
  adQuietHours: { start: '21:00', end: '08:00' },
  deliveryOutcomeTimeoutSeconds: 86_400,
  maxTransitionsPerStep: 100,
  publicUrl: 'http://localhost:3000',
  shortLinkTtlDays: 90,
};
