import type { SqlClient } from '../ports/sqlClient';
import { flushRefusals } from '../step/entryRefusals';
import type { RunRecord } from '../step/runRecord';
import type { StepWrites } from '../step/stepWrites';
import { flushShortLinks } from './flushShortLinks';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

function runArrays(runs: readonly RunRecord[]) {
  return [
    runs.map((r) => r.id),
    runs.map((r) => r.workspaceId),
    runs.map((r) => r.journeyId),
    runs.map((r) => r.version),
    runs.map((r) => r.versionId),
    runs.map((r) => r.customerId),
    runs.map((r) => r.entryKey),
    runs.map((r) => r.status),
    runs.map((r) => r.currentNode),
    runs.map((r) => JSON.stringify(r.visits)),
    runs.map((r) => iso(r.wakeAt)),
    runs.map((r) => r.waitingEvent),
    runs.map((r) => json(r.waitingFilter)),
    runs.map((r) => json(r.triggerEvent)),
    runs.map((r) => r.bucket),
    // postgres.js cannot bind a boolean[] parameter; booleans travel as text.
    runs.map((r) => String(r.holdout)),
    runs.map((r) => JSON.stringify({ node: r.currentNode, seq: r.traceSeq })),
    runs.map((r) => iso(r.enteredAt)),
    runs.map((r) => iso(r.nodeEnteredAt)),
    runs.map((r) => iso(r.endedAt)),
  ];
}

const runUnnest = `unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[],
  $9::text[], $10::text[], $11::timestamptz[], $12::text[], $13::text[], $14::text[], $15::int[], $16::text[], $17::text[],
  $18::timestamptz[], $19::timestamptz[], $20::timestamptz[])
  as u(id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node, visits, wake_at,
  waiting_event, waiting_filter, trigger_event, bucket, holdout, snapshot, entered_at, node_entered_at, ended_at)`;

/** Writes a batch's runs, trace, outbox rows and attribute changes with set-based statements (`unnest`). */
export async function flushWrites(tx: SqlClient, writes: StepWrites, now: Date): Promise<void> {
  const nowIso = now.toISOString();
  if (writes.newRuns.size > 0) {
    await tx.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node,
        visits, wake_at, waiting_event, waiting_filter, trigger_event, bucket, holdout, snapshot, entered_at, node_entered_at,
        ended_at, updated_at)
       select id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node, visits::jsonb,
        wake_at, waiting_event, waiting_filter::jsonb, trigger_event::jsonb, bucket, holdout::boolean, snapshot::jsonb, entered_at,
        node_entered_at, ended_at, $21::timestamptz
       from ${runUnnest}
       on conflict (version_id, entry_key, workspace_id) do nothing`,
      [...runArrays([...writes.newRuns.values()]), nowIso],
    );
  }
  if (writes.changedRuns.size > 0) {
    await tx.query(
      `update runs r set status = u.status, current_node = u.current_node, visits = u.visits::jsonb, wake_at = u.wake_at,
        waiting_event = u.waiting_event, waiting_filter = u.waiting_filter::jsonb, snapshot = u.snapshot::jsonb,
        node_entered_at = u.node_entered_at, ended_at = u.ended_at, version = u.version, version_id = u.version_id,
        updated_at = $21::timestamptz
       from ${runUnnest}
       where r.id = u.id`,
      [...runArrays([...writes.changedRuns.values()]), nowIso],
    );
  }
  if (writes.trace.length > 0) {
    const t = writes.trace;
    await tx.query(
      `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at,
        code, params)
       select id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at,
        code, params::jsonb
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
        $9::text[], $10::text[], $11::text[], $12::int[], $13::timestamptz[], $14::text[], $15::text[])
        as u(id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at,
        code, params)`,
      [
        t.map((r) => r.id),
        t.map((r) => r.runId),
        t.map((r) => r.workspaceId),
        t.map((r) => r.customerId),
        t.map((r) => r.journeyId),
        t.map((r) => r.version),
        t.map((r) => r.nodeId),
        t.map((r) => r.nodeType),
        t.map((r) => r.handle),
        t.map((r) => r.reason),
        t.map((r) => r.kind),
        t.map((r) => r.seq),
        t.map((r) => iso(r.at)),
        t.map((r) => r.code),
        t.map((r) => (r.params ? JSON.stringify(r.params) : null)),
      ],
    );
  }
  if (writes.outbox.length > 0) {
    const o = writes.outbox;
    await tx.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key, customer_id,
        external_id, channel, purpose, status, content, rendered, fallback, reason, attempts, next_attempt_at, created_at, updated_at)
       select id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key, customer_id, external_id,
        channel, purpose, status, content::jsonb, rendered::jsonb, fallback::jsonb, reason, 0, next_attempt_at, created_at, created_at
       from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[],
        $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
        $18::timestamptz[], $19::timestamptz[])
        as u(id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key, customer_id, external_id,
        channel, purpose, status, content, rendered, fallback, reason, next_attempt_at, created_at)
       on conflict do nothing -- a taken idempotency key skips the row: trigger outbox_claim_key (0018_partition)`,
      [
        o.map((r) => r.id),
        o.map((r) => r.workspaceId),
        o.map((r) => r.journeyId),
        o.map((r) => r.journeyVersion),
        o.map((r) => r.runId),
        o.map((r) => r.nodeId),
        o.map((r) => r.visit),
        o.map((r) => r.idempotencyKey),
        o.map((r) => r.customerId),
        o.map((r) => r.externalId),
        o.map((r) => r.channel),
        o.map((r) => r.purpose),
        o.map((r) => r.status),
        o.map((r) => JSON.stringify(r.content ?? {})),
        o.map((r) => JSON.stringify(r.rendered ?? {})),
        o.map((r) => json(r.fallback)),
        o.map((r) => r.reason),
        o.map((r) => iso(r.nextAttemptAt)),
        o.map((r) => iso(r.createdAt)),
      ],
    );
  }
  await flushShortLinks(tx, writes.shortLinks);
  await flushRefusals(tx, [...writes.refusals.values()]);
  if (writes.attributePatches.size > 0) {
    const entries = [...writes.attributePatches.entries()];
    await tx.query(
      `update customers c set attributes = c.attributes || u.patch::jsonb, updated_at = $3::timestamptz
       from unnest($1::text[], $2::text[]) as u(id, patch) where c.id = u.id`,
      [entries.map(([id]) => id), entries.map(([, patch]) => JSON.stringify(patch)), nowIso],
    );
  }
}
