import type { SqlClient } from '../ports/sqlClient';
import type { Engine } from '../runtime/engine';
import type { TrackedEvent } from './trackedEvent';

/** What one ingestion transaction changed, handed to the audience stage. */
export type AudienceInput = {
  /** Customers whose profile changed or who sent events (internal ids). */
  readonly customerIds: readonly string[];
  /** The batch's events by customer (the stage picks purchases for RFM). */
  readonly events: readonly { readonly customerId: string; readonly name: string }[];
  /** The transaction's instant on the journey clock. */
  readonly now: Date;
};

/** What the audience stage derived: events to ingest in the same transaction and segment entries. */
export type AudienceOutput = {
  /** `grade_changed` and the like; ingested in the same transaction (deduplicated by `messageId`). */
  readonly events: readonly TrackedEvent[];
  /** Customers who just entered a segment: `entry.segment` runs start for them. */
  readonly segmentEntries: readonly { readonly segmentId: string; readonly customerIds: readonly string[] }[];
};

/**
 * The audience refresh (RFM, grades, segment membership), passed in by whoever owns those tables. It runs
 * inside the ingestion transaction, so nothing is lost between the commit and its side effects.
 */
export type AudienceStage = (
  tx: SqlClient,
  workspaceId: string,
  input: AudienceInput,
) => Promise<AudienceOutput>;

export type AudienceHooks = {
  readonly stage: AudienceStage;
  /**
   * Told when the stage fails. The stage runs in a savepoint: the events and profiles still commit (a 500
   * would invite a retry of what already happened), and the hourly refresh catches the audience up.
   */
  readonly onError?: (workspaceId: string, error: unknown) => void;
};

/** Ingests follow-up events inside the same transaction; returns what the stage should see next. */
export type IngestInTx = (
  tx: SqlClient,
  events: readonly TrackedEvent[],
) => Promise<AudienceInput | undefined>;

/** Grade events can change segments on `grade`; their own refresh derives no further grade changes. */
const maxRounds = 3;

/**
 * Runs the audience stage after the batch was applied, in a savepoint of the same transaction: derived
 * events are ingested and segment entries started right there, then the stage looks once more at the
 * customers those events touched. A loop with a bound, not a re-entry into ingestion.
 */
export async function runAudienceStage(
  engine: Engine,
  tx: SqlClient,
  workspaceId: string,
  first: AudienceInput,
  hooks: AudienceHooks,
  ingestMore: IngestInTx,
  enterSegment: (tx: SqlClient, segmentId: string, customerIds: readonly string[]) => Promise<number>,
): Promise<void> {
  if (first.customerIds.length === 0) return;
  try {
    await tx.transaction(async (sp) => {
      let input: AudienceInput | undefined = first;
      for (let round = 0; input && round < maxRounds; round++) {
        const output = await hooks.stage(sp, workspaceId, input);
        input = output.events.length > 0 ? await ingestMore(sp, output.events) : undefined;
        for (const entry of output.segmentEntries)
          if (entry.customerIds.length > 0) await enterSegment(sp, entry.segmentId, entry.customerIds);
      }
    });
  } catch (error) {
    if (hooks.onError) hooks.onError(workspaceId, error);
    else
      engine.ports.logger.error('audience update after ingestion failed', {
        workspaceId,
        error: String(error),
      });
  }
}
