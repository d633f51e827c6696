import { recomputePurchasePredictions } from '@journeyflow/engine/ingest/recomputePredictions';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { evaluateGrades } from './evaluateGrades';
import { findExpiringConsents } from './findExpiringConsents';
import { recomputeRfm } from './recomputeRfm';
import { type AudienceEffects, applyAudienceChange } from './refreshAudience';
import { refreshAllSegments } from './refreshSegment';

export type AudienceJobReport = {
  readonly workspaces: number;
  readonly rfmChanged: number;
  readonly gradeChanges: number;
  readonly segmentTransitions: number;
  readonly consentExpiring: number;
  /** Customers whose predicted next purchase was recomputed (docs/prediction.md). */
  readonly predicted: number;
  /** Workspaces whose job failed part-way; the others ran regardless. */
  readonly failedWorkspaces: number;
};

export type AudienceJobOptions = {
  /** Told about each workspace that failed (and each failed segment) so it can be logged. */
  readonly onError?: (failure: { workspaceId: string; segmentId?: string }, error: unknown) => void;
};

/**
 * The nightly audience job, per workspace: recompute RFM for everyone (purchases age out of the 90-day
 * window), re-grade everyone, fully refresh every dynamic segment, and emit `consent_expiring` for
 * consents in their last 30 days, and recompute every buyer's predicted next purchase. Every step is idempotent (events carry derived messageIds), so a
 * re-run after a crash repeats nothing visible.
 */
export const runAudienceJobs = async (
  sql: SqlClient,
  effects: AudienceEffects,
  now: Date,
  options: AudienceJobOptions = {},
): Promise<AudienceJobReport> => {
  const workspaces = await sql.query<{ id: string }>('select id from workspaces order by id');
  let rfmChanged = 0;
  let gradeChanges = 0;
  let segmentTransitions = 0;
  let consentExpiring = 0;
  let failedWorkspaces = 0;
  let predicted = 0;
  for (const { id } of workspaces) {
    // One workspace's failure is reported and the loop goes on: the others' audiences stay fresh.
    try {
      rfmChanged += (await recomputeRfm(sql, id, { now })).length;
      const grades = await evaluateGrades(sql, id, { now, reason: 'nightly' });
      gradeChanges += grades.length;
      const transitions = await refreshAllSegments(sql, {
        now,
        workspaceId: id,
        onError: (segment, error) => options.onError?.({ workspaceId: id, segmentId: segment.id }, error),
      });
      segmentTransitions += transitions.length;
      await applyAudienceChange(effects, id, { gradeChanges: grades, transitions });
      const expiring = await findExpiringConsents(sql, id, now);
      if (expiring.length > 0) await effects.emit(id, expiring);
      consentExpiring += expiring.length;
      predicted += await recomputePurchasePredictions(sql, id, now);
    } catch (error) {
      failedWorkspaces += 1;
      options.onError?.({ workspaceId: id }, error);
    }
  }
  return {
    workspaces: workspaces.length,
    rfmChanged,
    gradeChanges,
    segmentTransitions,
    consentExpiring,
    predicted,
    failedWorkspaces,
  };
};
