/** A run as the runtime holds it in memory between loading and writing back (columns of `runs`). */
export type RunStatus = 'active' | 'waiting' | 'completed' | 'exited' | 'converted' | 'failed' | 'paused';

export type TriggerEvent = {
  readonly id: string;
  readonly name: string;
  readonly properties: Record<string, unknown>;
  readonly ts: string;
};

export type RunRecord = {
  id: string;
  workspaceId: string;
  journeyId: string;
  version: number;
  versionId: string;
  customerId: string;
  entryKey: string;
  status: RunStatus;
  currentNode: string;
  visits: Record<string, number>;
  wakeAt: Date | null;
  waitingEvent: string | null;
  waitingFilter: unknown;
  triggerEvent: TriggerEvent | null;
  bucket: number;
  holdout: boolean;
  enteredAt: Date;
  nodeEnteredAt: Date;
  endedAt: Date | null;
  /** Order of this run's trace lines; kept in the snapshot. */
  traceSeq: number;
  /** Why the run entered (only while it is being started; not persisted beyond the trace). */
  entryReason?: string;
};

export const runColumns =
  'id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node, visits, wake_at, waiting_event, waiting_filter, trigger_event, bucket, holdout, entered_at, node_entered_at, ended_at, snapshot';

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

export function runFromRow(row: Record<string, unknown>): RunRecord {
  return {
    id: String(row.id),
    workspaceId: String(row.workspace_id),
    journeyId: String(row.journey_id),
    version: Number(row.version),
    versionId: String(row.version_id),
    customerId: String(row.customer_id),
    entryKey: String(row.entry_key),
    status: row.status as RunStatus,
    currentNode: String(row.current_node),
    visits: (row.visits ?? {}) as Record<string, number>,
    wakeAt: toDate(row.wake_at),
    waitingEvent: (row.waiting_event as string | null) ?? null,
    waitingFilter: row.waiting_filter ?? null,
    triggerEvent: (row.trigger_event as TriggerEvent | null) ?? null,
    bucket: Number(row.bucket),
    holdout: Boolean(row.holdout),
    enteredAt: toDate(row.entered_at) ?? new Date(0),
    nodeEnteredAt: toDate(row.node_entered_at) ?? new Date(0),
    endedAt: toDate(row.ended_at),
    traceSeq: Number((row.snapshot as { seq?: number } | null)?.seq ?? 0),
  };
}
