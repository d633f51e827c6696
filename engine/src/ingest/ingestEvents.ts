import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { entryPluginOf } from '../nodes/nodePlugins';
import type { SqlClient } from '../ports/sqlClient';
import { workspaceSendSettings } from '../rules/workspaceSendSettings';
import { advanceRun, endRun } from '../runtime/advanceRun';
import { createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { tryEnter } from '../runtime/startRun';
import type { CustomerRecord } from '../step/customerRecord';
import { recordRefusal } from '../step/entryRefusals';
import { evaluateForRun } from '../step/evaluateForRun';
import { type RunRecord, runColumns, runFromRow, type TriggerEvent } from '../step/runRecord';
import type { StepEnv } from '../step/stepEnv';
import { type AudienceHooks, type AudienceInput, runAudienceStage } from './audienceStage';
import { enterSegmentInTx } from './enterSegment';
import { updatePurchasePredictions } from './purchasePredictions';
import { type EventDraft, storeEvents } from './storeEvents';
import type { TrackedEvent } from './trackedEvent';

export type { TrackedEvent } from './trackedEvent';

export type IngestResult = {
  readonly accepted: number;
  readonly duplicate: number;
  readonly runsStarted: number;
  /** Positions (in the input) of the events dropped as duplicates of a stored `messageId`. */
  readonly duplicateIndexes: readonly number[];
};

/**
 * The batch's live runs per customer: those that goal/exit rules or `wait.event` of the batch's events
 * could touch, read and locked with ONE query before the events are applied (customers are already
 * locked, so concurrent ingestion cannot deadlock on them), plus runs started in this batch.
 */
type BatchRuns = Map<string, Map<string, RunRecord>>;

async function prefetchRuns(
  engine: Engine,
  env: StepEnv,
  workspaceId: string,
  events: readonly { customerId: string; name: string }[],
): Promise<BatchRuns> {
  const byCustomer: BatchRuns = new Map();
  const journeyIds = new Set<string>();
  const waited = new Set<string>();
  const customerIds = new Set<string>();
  for (const e of events) {
    const rules = engine.index.rulesFor(workspaceId, e.name);
    const isWaited = engine.index.isWaitedFor(workspaceId, e.name);
    if (rules.length === 0 && !isWaited) continue;
    for (const rule of rules) journeyIds.add(rule.version.journeyId);
    if (isWaited) waited.add(e.name);
    customerIds.add(e.customerId);
  }
  if (customerIds.size === 0) return byCustomer;
  const rows = await env.tx.query(
    `select ${runColumns} from runs where workspace_id = $1 and customer_id = any($2::text[])
      and status in ('active', 'waiting')
      and (journey_id = any($3::text[]) or (status = 'waiting' and waiting_event = any($4::text[])))
      order by id for update`,
    [workspaceId, [...customerIds], [...journeyIds], [...waited]],
    { prepare: true },
  );
  for (const run of rows.map(runFromRow)) {
    const runs = byCustomer.get(run.customerId) ?? new Map<string, RunRecord>();
    runs.set(run.id, run);
    byCustomer.set(run.customerId, runs);
  }
  return byCustomer;
}

/** A customer's runs that are live right now: prefetched ones and those started earlier in this batch. */
function liveRuns(env: StepEnv, batch: BatchRuns, customerId: string): RunRecord[] {
  const runs = new Map(batch.get(customerId));
  for (const run of env.writes.newRuns.values()) if (run.customerId === customerId) runs.set(run.id, run);
  return [...runs.values()].filter((r) => r.status === 'active' || r.status === 'waiting');
}

async function applyGoalsAndExits(
  engine: Engine,
  env: StepEnv,
  batch: BatchRuns,
  customer: CustomerRecord,
  event: TriggerEvent,
) {
  const rules = engine.index.rulesFor(customer.workspaceId, event.name);
  if (rules.length === 0) return;
  const journeyIds = new Set(rules.map((r) => r.version.journeyId));
  const candidates = liveRuns(env, batch, customer.id).filter((r) => journeyIds.has(r.journeyId));
  const at = new Date(event.ts).getTime();
  for (const run of candidates) {
    if (run.status !== 'active' && run.status !== 'waiting') continue;
    if (at < run.enteredAt.getTime()) continue;
    for (const rule of rules) {
      if (rule.version.journeyId !== run.journeyId) continue;
      const version = await engine.versions.get(env.tx, run.versionId);
      const timezone = pickTimeZone(
        customer.timezone,
        version?.settings.timezone ?? rule.version.settings.timezone,
      );
      let because = '';
      if (rule.where) {
        const check = await evaluateForRun(env, rule.where, customer, event, timezone);
        if (!check.result) continue;
        because = ` (${check.explanation})`;
      }
      const nodeType = version?.compiled.nodes.get(run.currentNode)?.type ?? 'journey';
      if (rule.kind === 'goal')
        endRun(env, run, 'converted', nodeType, `goal ${event.name} reached${because}: converted`, {
          code: 'run.goal',
          params: { event: event.name },
        });
      else
        endRun(env, run, 'exited', nodeType, `exit event ${event.name}${because}`, {
          code: 'run.exit_event',
          params: { event: event.name },
        });
      env.writes.updateRun(run);
      break;
    }
  }
}

async function wakeWaitingRuns(
  engine: Engine,
  env: StepEnv,
  batch: BatchRuns,
  customer: CustomerRecord,
  event: TriggerEvent,
) {
  if (!engine.index.isWaitedFor(customer.workspaceId, event.name)) return;
  const waiting = liveRuns(env, batch, customer.id).filter(
    (r) => r.status === 'waiting' && r.waitingEvent === event.name,
  );
  const at = new Date(event.ts).getTime();
  for (const run of waiting) {
    // Placement by timestamp: an event from before the run started waiting does not answer the wait.
    if (at < run.nodeEnteredAt.getTime()) continue;
    const version = await engine.versions.get(env.tx, run.versionId);
    if (!version || (version.status !== 'live' && version.status !== 'retired')) continue;
    if (run.waitingFilter) {
      const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
      const check = await evaluateForRun(env, run.waitingFilter as never, customer, event, timezone);
      if (!check.result) continue;
    }
    await advanceRun(env, run, version, { kind: 'event', event });
  }
}

async function startMatchingRuns(
  engine: Engine,
  env: StepEnv,
  customer: CustomerRecord,
  event: TriggerEvent,
) {
  let started = 0;
  for (const { version, node } of engine.index.entriesFor(customer.workspaceId, event.name)) {
    const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
    const match = await entryPluginOf(node).match({ env, node, customer, trigger: event, timezone });
    if (!match.enter) {
      if (match.refusal) recordRefusal(env, version, customer.id, match.refusal);
      continue;
    }
    const why = match.reason;
    const entered = await tryEnter(env, version, {
      customer,
      key: `${customer.id}:${event.id}`,
      trigger: event,
      reason: why,
    });
    // A refusal is recorded (trace, stats, debug log) by `tryEnter` itself.
    if (entered.run) started++;
  }
  return started;
}

/** Whether an event of the batch can start or wake a run (and so reach a send step). */
function mayReachSend(engine: Engine, workspaceId: string, events: readonly TrackedEvent[]): boolean {
  return events.some(
    (e) =>
      engine.index.entriesFor(workspaceId, e.name).length > 0 ||
      engine.index.isWaitedFor(workspaceId, e.name),
  );
}

/**
 * Ingests tracked events in one transaction: customers are found or auto-created, events deduplicated by
 * `(workspace_id, message_id)`, then, in timestamp order, each event converts/exits runs (goal, exitOn),
 * answers runs waiting for it (`wait.event`), and starts runs of matching live entry nodes — stepped at
 * once to their first wait, so their first message is in the outbox when this returns. With `audience`,
 * the audience stage (RFM, grades, segments) runs in the same transaction (see `audienceStage.ts`).
 */
export async function ingestEvents(
  engine: Engine,
  workspaceId: string,
  events: readonly TrackedEvent[],
  audience?: AudienceHooks,
): Promise<IngestResult> {
  if (events.length === 0) return { accepted: 0, duplicate: 0, runsStarted: 0, duplicateIndexes: [] };
  const { db } = engine.ports;
  await engine.index.ensureFresh(db);
  return db.transaction(async (tx) => {
    const { result, touched } = await ingestInTx(engine, tx, workspaceId, events);
    if (audience && result.accepted > 0) await audienceStageInTx(engine, tx, workspaceId, touched, audience);
    return result;
  });
}

/** The audience stage after a batch (events or profiles), in the caller's transaction. */
export function audienceStageInTx(
  engine: Engine,
  tx: SqlClient,
  workspaceId: string,
  touched: AudienceInput,
  audience: AudienceHooks,
): Promise<void> {
  return runAudienceStage(
    engine,
    tx,
    workspaceId,
    touched,
    audience,
    async (sp, more) => {
      const next = await ingestInTx(engine, sp, workspaceId, more);
      return next.result.accepted > 0 ? next.touched : undefined;
    },
    (sp, segmentId, customerIds) => enterSegmentInTx(engine, sp, { workspaceId, segmentId, customerIds }),
  );
}

/** The body of `ingestEvents` in a transaction the caller holds; `touched` is what the audience stage sees. */
export async function ingestInTx(
  engine: Engine,
  tx: SqlClient,
  workspaceId: string,
  events: readonly TrackedEvent[],
): Promise<{ result: IngestResult; touched: AudienceInput }> {
  const { clock, ids } = engine.ports;
  const now = clock.now();
  const env = createStepEnv(engine, tx, now);
  if (mayReachSend(engine, workspaceId, events)) {
    // Issued beside the customer statement (pipelined, no round trip of its own); send steps reuse it.
    workspaceSendSettings(env, workspaceId).catch(() => {}); // a failure surfaces where a send awaits it
  }
  const drafts: EventDraft[] = events.map((e) => ({
    id: ids.newId('evt'),
    externalId: e.externalId,
    name: e.name,
    properties: e.properties ?? {},
    ts: e.timestamp ? new Date(e.timestamp).toISOString() : now.toISOString(),
    messageId: e.messageId ?? ids.newId('m'),
  }));
  const { customers, insertedIds: acceptedIds } = await storeEvents(env, workspaceId, drafts);
  const prepared = drafts.map((d) => ({ ...d, customerId: customers.get(d.externalId)?.id ?? '' }));
  const duplicateIndexes = prepared.flatMap((p, index) => (acceptedIds.has(p.id) ? [] : [index]));
  const accepted = prepared.filter((p) => acceptedIds.has(p.id)).sort((a, b) => a.ts.localeCompare(b.ts));
  // Buyers' predicted next purchase first, so journeys reacting to these events read the new date.
  await updatePurchasePredictions(env, workspaceId, accepted);
  const batch = await prefetchRuns(engine, env, workspaceId, accepted);
  let runsStarted = 0;
  for (const p of accepted) {
    const customer = env.customers.get(p.customerId);
    if (!customer) continue;
    const event: TriggerEvent = { id: p.id, name: p.name, properties: p.properties, ts: p.ts };
    await applyGoalsAndExits(engine, env, batch, customer, event);
    await wakeWaitingRuns(engine, env, batch, customer, event);
    runsStarted += await startMatchingRuns(engine, env, customer, event);
  }
  await flushWrites(tx, env.writes, now);
  return {
    result: {
      accepted: accepted.length,
      duplicate: events.length - accepted.length,
      runsStarted,
      duplicateIndexes,
    },
    touched: {
      customerIds: [...new Set(prepared.map((p) => p.customerId).filter((id) => id !== ''))],
      events: prepared.map((p) => ({ customerId: p.customerId, name: p.name })),
      now,
    },
  };
}
