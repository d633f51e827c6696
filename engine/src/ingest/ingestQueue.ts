import type { IngestResult, TrackedEvent } from './ingestEvents';

/** What one caller of the queue learns: how many of ITS events were stored and how many were duplicates. */
export type QueuedIngestResult = { readonly accepted: number; readonly duplicate: number };

/** Ingests one batch of a workspace's events in one transaction (`ingestEvents`, or a wrapper of it). */
export type IngestBatch = (workspaceId: string, events: readonly TrackedEvent[]) => Promise<IngestResult>;

export type IngestQueueOptions = {
  /** Events per transaction at most; a larger call is ingested on its own. Default 10,000. */
  readonly maxEvents?: number;
  /** Transactions in flight per workspace at most. Default 2. */
  readonly maxInFlight?: number;
};

export type IngestQueue = {
  /** Resolves once the transaction holding these events has committed (a stored event is durable). */
  track(workspaceId: string, events: readonly TrackedEvent[]): Promise<QueuedIngestResult>;
};

type Waiter = {
  readonly events: readonly TrackedEvent[];
  readonly resolve: (result: QueuedIngestResult) => void;
  readonly reject: (error: unknown) => void;
};

type Lane = { pending: Waiter[]; queued: number; inFlight: number; scheduled: boolean };

/**
 * Group commit for event ingestion. Concurrent `track` calls of a workspace are coalesced: the first
 * waits one turn of the event loop for company, then its group is ingested in one transaction (one
 * customer upsert, one event insert, one run/trace/outbox write, one commit) while later calls gather
 * for the next group. Each caller resolves only after its group committed and learns its own counts
 * (duplicates by position); if a coalesced group fails, its calls are retried one by one so a failing
 * call fails alone and the others still store their events.
 */
export function createIngestQueue(ingest: IngestBatch, options: IngestQueueOptions = {}): IngestQueue {
  const maxEvents = options.maxEvents ?? 10_000;
  const maxInFlight = options.maxInFlight ?? 2;
  const lanes = new Map<string, Lane>();

  const settle = (waiters: readonly Waiter[], result: IngestResult) => {
    const duplicates = new Set(result.duplicateIndexes);
    let offset = 0;
    for (const waiter of waiters) {
      let duplicate = 0;
      for (let i = 0; i < waiter.events.length; i++) if (duplicates.has(offset + i)) duplicate++;
      offset += waiter.events.length;
      waiter.resolve({ accepted: waiter.events.length - duplicate, duplicate });
    }
  };

  const runAlone = async (workspaceId: string, waiter: Waiter) => {
    try {
      settle([waiter], await ingest(workspaceId, waiter.events));
    } catch (error) {
      waiter.reject(error);
    }
  };

  const flush = (workspaceId: string, lane: Lane) => {
    lane.scheduled = false;
    while (lane.pending.length > 0 && lane.inFlight < maxInFlight) {
      const group: Waiter[] = [];
      let size = 0;
      while (lane.pending.length > 0) {
        const next = lane.pending[0]!;
        if (group.length > 0 && size + next.events.length > maxEvents) break;
        group.push(lane.pending.shift()!);
        size += next.events.length;
      }
      lane.queued -= size;
      lane.inFlight++;
      const events = group.length === 1 ? group[0]!.events : group.flatMap((w) => w.events);
      ingest(workspaceId, events)
        .then(
          (result) => settle(group, result),
          async (error) => {
            if (group.length === 1) group[0]!.reject(error);
            else for (const waiter of group) await runAlone(workspaceId, waiter);
          },
        )
        .finally(() => {
          lane.inFlight--;
          if (lane.pending.length > 0) flush(workspaceId, lane);
          else if (lane.inFlight === 0) lanes.delete(workspaceId);
        });
    }
  };

  return {
    track(workspaceId, events) {
      if (events.length === 0) return Promise.resolve({ accepted: 0, duplicate: 0 });
      const current = lanes.get(workspaceId) ?? { pending: [], queued: 0, inFlight: 0, scheduled: false };
      lanes.set(workspaceId, current);
      return new Promise<QueuedIngestResult>((resolve, reject) => {
        current.pending.push({ events, resolve, reject });
        current.queued += events.length;
        if (current.inFlight >= maxInFlight) return; // the next group forms while these commit
        if (current.queued >= maxEvents) flush(workspaceId, current);
        else if (!current.scheduled) {
          current.scheduled = true;
          setImmediate(() => flush(workspaceId, current));
        }
      });
    },
  };
}
