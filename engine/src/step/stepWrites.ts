import type { EntryRefusalCode, EntryRefusalParams } from '@journeyflow/shared/journey/entryRefusal';
import type { RunRecord } from './runRecord';

export type TraceKind =
  | 'entered'
  | 'left'
  | 'waiting'
  | 'sent'
  | 'skipped'
  | 'completed'
  | 'exited'
  | 'converted'
  | 'failed'
  | 'note';

export type TraceRow = {
  id: string;
  runId: string;
  workspaceId: string;
  customerId: string;
  journeyId: string;
  version: number;
  nodeId: string;
  nodeType: string;
  handle: string | null;
  reason: string;
  /** The reason as a stable code + params (`traceCodes.ts`), so the web can say it in the reader's language. */
  code: string | null;
  params: TraceParams | null;
  kind: TraceKind;
  seq: number;
  at: Date;
};

export type TraceParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A trace line's stable code and the values its words need (step names, event names, durations in seconds). */
export type TraceCode = { readonly code: string; readonly params?: TraceParams };

export type OutboxStatus = 'queued' | 'skipped' | 'failed';

export type OutboxRow = {
  id: string;
  workspaceId: string;
  journeyId: string;
  journeyVersion: number;
  runId: string;
  nodeId: string;
  visit: number;
  idempotencyKey: string;
  customerId: string;
  externalId: string;
  channel: string;
  purpose: string;
  status: OutboxStatus;
  content: unknown;
  rendered: unknown;
  fallback: unknown;
  reason: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
};

/** A tracked short link of a queued message (`short_links`), written with its outbox row. */
export type ShortLinkRow = {
  code: string;
  workspaceId: string;
  url: string;
  messageId: string;
  runId: string;
  journeyId: string;
  nodeId: string;
  customerId: string;
  externalId: string;
  channel: string;
  spot: string;
  createdAt: Date;
  expiresAt: Date;
};

/**
 * Everything one batch of steps wants written. Collected in memory while runs are stepped, then written
 * with a handful of set-based statements in the batch's transaction.
 */
/** One folded refusal: a (journey, customer, code, window) and how often it happened in the batch. */
export type RefusalRow = {
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly customerId: string;
  readonly code: EntryRefusalCode;
  readonly windowStart: Date;
  readonly version: number;
  readonly nodeId: string;
  readonly nodeType: string;
  params: EntryRefusalParams;
  reason: string;
  attempts: number;
  readonly firstAt: Date;
  lastAt: Date;
};

export class StepWrites {
  readonly newRuns = new Map<string, RunRecord>();
  readonly changedRuns = new Map<string, RunRecord>();
  readonly trace: TraceRow[] = [];
  readonly outbox: OutboxRow[] = [];
  readonly shortLinks: ShortLinkRow[] = [];
  readonly attributePatches = new Map<string, Record<string, unknown>>();
  /** Refused entries folded by (journey, customer, code, window): see `entryRefusals.ts`. */
  readonly refusals = new Map<string, RefusalRow>();
  steps = 0;

  insertRun(run: RunRecord): void {
    this.newRuns.set(run.id, run);
  }

  updateRun(run: RunRecord): void {
    if (!this.newRuns.has(run.id)) this.changedRuns.set(run.id, run);
  }

  patchAttributes(customerId: string, patch: Record<string, unknown>): void {
    this.attributePatches.set(customerId, { ...this.attributePatches.get(customerId), ...patch });
  }

  get isEmpty(): boolean {
    return (
      this.newRuns.size === 0 &&
      this.changedRuns.size === 0 &&
      this.trace.length === 0 &&
      this.outbox.length === 0 &&
      this.shortLinks.length === 0 &&
      this.attributePatches.size === 0 &&
      this.refusals.size === 0
    );
  }
}
