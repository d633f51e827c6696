import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { AudienceEventSink } from './audienceEvent';
import { evaluateGrades, type GradeChange, gradeChangedEvents } from './evaluateGrades';
import { recomputeRfm } from './recomputeRfm';
import type { SegmentTransition } from './segmentTransition';
import { updateSegmentMembership } from './updateSegmentMembership';

export type AudienceChange = {
  readonly gradeChanges: GradeChange[];
  readonly transitions: SegmentTransition[];
};

export type RefreshAudienceOptions = {
  readonly now: Date;
  /** Customers who sent a purchase event: their RFM metrics are recomputed first. */
  readonly purchasers?: readonly string[];
  readonly defaultTimezone?: string;
};

/**
 * What ingestion calls after customers changed or sent events: RFM for purchasers, then grades, then
 * every dynamic segment, for just these customers. Grades come before segments so a segment on
 * `grade` sees the new grade. The caller emits `gradeChangedEvents(result.gradeChanges)` through
 * ingestion and starts `entry.segment` runs for `entered` transitions (see `applyAudienceChange`).
 */
export const refreshAudience = async (
  sql: SqlClient,
  workspaceId: string,
  customerIds: readonly string[],
  options: RefreshAudienceOptions,
): Promise<AudienceChange> => {
  if (customerIds.length === 0) return { gradeChanges: [], transitions: [] };
  let gradeChanges: GradeChange[] = [];
  const purchasers = options.purchasers ?? [];
  if (purchasers.length > 0) {
    const changed = await recomputeRfm(sql, workspaceId, { now: options.now, customerIds: purchasers });
    if (changed.length > 0) {
      gradeChanges = await evaluateGrades(sql, workspaceId, {
        now: options.now,
        customerIds: changed,
        reason: 'purchase',
      });
    }
  }
  const transitions = await updateSegmentMembership(sql, workspaceId, customerIds, options);
  return { gradeChanges, transitions };
};

/** Sends the consequences of an audience change on: grade events to ingestion, segment entries to the engine. */
export type AudienceEffects = {
  readonly emit: AudienceEventSink;
  readonly enterSegment: (
    workspaceId: string,
    segmentId: string,
    customerIds: readonly string[],
  ) => Promise<unknown>;
};

export const applyAudienceChange = async (
  effects: AudienceEffects,
  workspaceId: string,
  change: AudienceChange,
): Promise<void> => {
  if (change.gradeChanges.length > 0)
    await effects.emit(workspaceId, gradeChangedEvents(change.gradeChanges));
  const bySegment = new Map<string, string[]>();
  for (const t of change.transitions) {
    if (t.kind !== 'entered') continue;
    bySegment.set(t.segmentId, [...(bySegment.get(t.segmentId) ?? []), t.customerId]);
  }
  for (const [segmentId, ids] of bySegment) await effects.enterSegment(workspaceId, segmentId, ids);
};
