import type { TraceEntry } from '@journeyflow/shared/api/trace';
import type { Condition } from '@journeyflow/shared/journey/condition';
import type { JourneyNode } from '@journeyflow/shared/journey/graph';
import { ingestEvents } from '../ingest/ingestEvents';
import { deliveryWaitEvent } from '../nodes/send';
import { createFakeClock } from '../ports/fakeClock';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';
import type { SqlClient, SqlRow } from '../ports/sqlClient';
import { customerColumns, customerFromRow } from '../runtime/customerRecord';
import { createEngine, createStepEnv, type Engine } from '../runtime/engine';
import type { EngineOptions } from '../runtime/engineOptions';
import { refusalTrace } from '../runtime/entryRefusals';
import { flushWrites } from '../runtime/flushWrites';
import { resumeRunAfterDelivery } from '../runtime/resumeRunAfterDelivery';
import { tryEnter } from '../runtime/startRun';
import { stepDueRuns } from '../runtime/stepDueRuns';
import { loadVersionFromRow } from '../runtime/versionCache';

/** A made-up customer (SPEC §7 test run); consent values are ISO dates, `null` = withdrawn. */
export type SimulatedCustomer = {
  readonly attributes?: Record<string, unknown>;
  readonly timezone?: string | undefined;
  readonly consent?: Record<string, string | null | undefined> | undefined;
  readonly grade?: string | undefined;
};

export type ScriptedEvent = {
  readonly name: string;
  readonly properties?: Record<string, unknown> | undefined;
  readonly afterSeconds: number;
};

export type SimulationInput = {
  readonly workspaceId: string;
  readonly journeyId: string;
  /** The draft to try: graph and settings as stored (must parse as a complete journey). */
  readonly graph: unknown;
  readonly settings: unknown;
  /** An existing customer to copy (profile, history, segments, recent messages), … */
  readonly externalId?: string | undefined;
  /** … and/or a made-up one (overrides the copy's fields when both are given). */
  readonly customer?: SimulatedCustomer | undefined;
  readonly events?: readonly ScriptedEvent[] | undefined;
  /** How far the simulated clock may run; default 30 days. */
  readonly horizonSeconds?: number | undefined;
  /** Simulated start time; default now. */
  readonly start?: Date | undefined;
};

export type SimulationResult = {
  readonly externalId: string;
  readonly trace: TraceEntry[];
  /** Outbox rows the run wrote (snake_case columns, like `select * from outbox`), in order. */
  readonly outbox: SqlRow[];
  /** The simulated clock when the simulation stopped. */
  readonly endedAt: Date;
};

export type SimulationPorts = {
  readonly db: SqlClient;
  readonly logger: Logger;
  readonly ids: Ids;
  readonly options?: Partial<EngineOptions>;
};

/** Thrown (and caught) to roll the sandbox transaction back once the result has been read. */
class SimulationFinished extends Error {
  constructor(readonly result: SimulationResult) {
    super('simulation finished');
  }
}

export class UnknownCustomerError extends Error {
  constructor(readonly externalId: string) {
    super(`customer ${externalId} not found`);
  }
}

const defaultHorizonSeconds = 30 * 86_400;
const maxWakeUps = 1_000;
const testExternalId = 'test-customer';

/**
 * Runs one customer through a journey draft with the engine's own code — entry matching, node handlers,
 * compiled machine, ingestion (goal, exitOn, wait.event), timers and delivery resumption — on a simulated
 * clock, inside a database transaction that is always rolled back: nothing is sent or stored.
 *
 * Isolation: the draft runs under a synthetic journey/version id served by a pinned live index (no other
 * journey reacts to the scripted events), and an existing customer is copied to a throw-away profile with
 * its event history, segment memberships and recent messages, so caps, conditions and segments behave
 * exactly as for the real customer while the real rows are never touched or locked.
 */
export async function simulateRun(ports: SimulationPorts, input: SimulationInput): Promise<SimulationResult> {
  try {
    await ports.db.transaction(async (tx) => {
      throw new SimulationFinished(await simulateInTransaction(ports, tx, input));
    });
  } catch (error) {
    if (error instanceof SimulationFinished) return error.result;
    throw error;
  }
  throw new Error('unreachable: the simulation transaction always rolls back');
}

async function simulateInTransaction(
  ports: SimulationPorts,
  tx: SqlClient,
  input: SimulationInput,
): Promise<SimulationResult> {
  const start = input.start ?? new Date();
  const clock = createFakeClock(start);
  // Refused entries are read back from `entry_refusals` below, as the live trace shows them.
  const logger: Logger = { info: () => {}, warn: ports.logger.warn, error: ports.logger.error };
  const base = await createEngine({ db: tx, clock, logger, ids: ports.ids }, ports.options);
  const simId = ports.ids.newId('sim');
  // Test runs show every message: the holdout (control) group is a property of live traffic only.
  const settings = { ...(input.settings as Record<string, unknown>), holdoutPercent: 0 };
  const version = loadVersionFromRow({
    version_id: `${simId}_v`,
    workspace_id: input.workspaceId,
    journey_id: simId,
    version: 0,
    graph: input.graph,
    settings,
    status: 'live',
  });
  base.versions.put(version);
  base.index.pin([version]);
  const engine: Engine = base;

  const externalId = await prepareCustomer(tx, ports.ids, input, simId, start, base.tables);
  // The sandbox profile has a private external id; results show the customer as the caller named it.
  const shownExternalId = input.externalId ?? testExternalId;

  const script = entryScript(version.compiled.entryNode, input.events ?? []);
  const horizon = start.getTime() + (input.horizonSeconds ?? defaultHorizonSeconds) * 1000;

  // Entry nodes not triggered by an event: the customer enters at the start.
  const entry = version.compiled.entryNode;
  if (entry.type === 'entry.segment' || entry.type === 'entry.schedule') {
    const env = createStepEnv(engine, tx, clock.now());
    const [row] = await tx.query(
      `select ${customerColumns} from customers where workspace_id = $1 and external_id = $2`,
      [input.workspaceId, externalId],
    );
    if (row) {
      const customer = customerFromRow(row);
      const why =
        entry.type === 'entry.segment'
          ? `entered: test run places the customer in segment ${entry.settings.segmentId}`
          : 'entered: test run fires the schedule now';
      await tryEnter(env, version, customer, `${customer.id}:test`, null, why);
      await flushWrites(tx, env.writes, clock.now());
    }
  }

  const stepUntil = async (until: number) => {
    for (let i = 0; i < maxWakeUps; i++) {
      await resumeDeliveries(engine, tx, version.versionId);
      const [next] = await tx.query<{ at: Date | string | null }>(
        `select min(wake_at) as at from runs where version_id = $1 and status in ('active', 'waiting')`,
        [version.versionId],
      );
      if (!next?.at) return;
      const at = new Date(next.at).getTime();
      if (at > until) return;
      clock.set(new Date(Math.max(at, clock.now().getTime())));
      await stepDueRuns(engine, engine.options.batchSize, version.versionId);
    }
  };

  for (const [n, event] of script.entries()) {
    const at = start.getTime() + event.afterSeconds * 1000;
    if (at > horizon) break;
    await stepUntil(at);
    clock.set(new Date(Math.max(at, clock.now().getTime())));
    await ingestEvents(engine, input.workspaceId, [
      {
        externalId,
        name: event.name,
        properties: event.properties ?? {},
        timestamp: clock.now().toISOString(),
        messageId: `${simId}:${n}`,
      },
    ]);
  }
  await stepUntil(horizon);
  await resumeDeliveries(engine, tx, version.versionId);

  const traceRows = await tx.query(
    `select t.node_id, t.node_type, t.handle, t.reason, t.code, t.params, t.at, t.run_id from run_trace t
      where t.journey_id = $1 order by t.at, t.run_id, t.seq`,
    [simId],
  );
  const steps: TraceEntry[] = traceRows.map((row) => ({
    at: new Date(row.at as string).toISOString(),
    journeyId: input.journeyId,
    version: 0,
    runId: String(row.run_id),
    nodeId: String(row.node_id),
    nodeType: String(row.node_type),
    ...(row.handle ? { handle: String(row.handle) } : {}),
    reason: String(row.reason),
    ...(row.code ? { code: String(row.code), params: (row.params ?? {}) as Record<string, unknown> } : {}),
  }));
  const [sandbox] = await tx.query<{ id: string }>(
    'select id from customers where workspace_id = $1 and external_id = $2',
    [input.workspaceId, externalId],
  );
  const refusals = sandbox
    ? (
        await refusalTrace(tx, { workspaceId: input.workspaceId, customerId: sandbox.id, journeyId: simId })
      ).map((entry) => ({ ...entry, journeyId: input.journeyId, version: 0 }))
    : [];
  const trace = [...steps, ...refusals].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (trace.length === 0) {
    trace.push({
      at: start.toISOString(),
      journeyId: input.journeyId,
      version: 0,
      nodeId: entry.id,
      nodeType: entry.type,
      reason: `did not enter: ${notEnteredReason(entry)}`,
      ...notEnteredCode(entry),
    });
  }
  // Sends of one instant have equal created_at and random ids: order them as the path reached them.
  const pathOrder = new Map<string, number>();
  for (const [index, step] of steps.entries())
    if (!pathOrder.has(step.nodeId)) pathOrder.set(step.nodeId, index);
  const outbox = (
    await tx.query(`select * from outbox where journey_id = $1 order by created_at, id`, [simId])
  )
    .map((row, index) => ({ row, index, at: new Date(row.created_at as string).getTime() }))
    .sort(
      (a, b) =>
        a.at - b.at ||
        (pathOrder.get(String(a.row.node_id)) ?? 0) - (pathOrder.get(String(b.row.node_id)) ?? 0) ||
        a.index - b.index,
    )
    .map(({ row }) => ({
      ...row,
      journey_id: input.journeyId,
      journey_version: 0,
      external_id: shownExternalId,
    }));
  return { externalId: shownExternalId, trace, outbox, endedAt: clock.now() };
}

/** The same as a code + params for the web's words (issue 16). */
function notEnteredCode(entry: JourneyNode): { code: string; params: Record<string, unknown> } {
  switch (entry.type) {
    case 'entry.event':
      return { code: 'sim.not_entered_event', params: { event: entry.settings.event } };
    case 'entry.behavior':
      return {
        code: 'sim.not_entered_behavior',
        params: { event: entry.settings.event, count: entry.settings.minCount },
      };
    case 'entry.grade':
      return { code: 'sim.not_entered_grade', params: { grades: entry.settings.to.join(', ') } };
    default:
      return { code: 'sim.not_entered', params: {} };
  }
}

function notEnteredReason(entry: JourneyNode): string {
  switch (entry.type) {
    case 'entry.event':
      return `no ${entry.settings.event} event matched the entry condition`;
    case 'entry.behavior':
      return `the scripted events do not meet "${entry.settings.event} at least ${entry.settings.minCount} times"`;
    case 'entry.grade':
      return `no grade change to ${entry.settings.to.join(', ')}`;
    default:
      return 'the entry rules refused the customer';
  }
}

/**
 * The script as run: when nothing in it can trigger the entry node, the triggering event(s) are added at
 * the start, so "run this draft" works without scripting the obvious.
 */
function entryScript(entry: JourneyNode, events: readonly ScriptedEvent[]): ScriptedEvent[] {
  const sorted = [...events].sort((a, b) => a.afterSeconds - b.afterSeconds);
  const has = (name: string) => sorted.some((e) => e.name === name);
  switch (entry.type) {
    case 'entry.event':
      return has(entry.settings.event)
        ? sorted
        : [
            {
              name: entry.settings.event,
              afterSeconds: 0,
              properties: propertiesMeeting(entry.settings.where),
            },
            ...sorted,
          ];
    case 'entry.behavior':
      return has(entry.settings.event)
        ? sorted
        : [
            ...Array.from({ length: entry.settings.minCount }, () => ({
              name: entry.settings.event,
              afterSeconds: 0,
              properties: groupedProperties(entry.settings.groupBy),
            })),
            ...sorted,
          ];
    case 'entry.grade':
      return has('grade_changed')
        ? sorted
        : [
            {
              name: 'grade_changed',
              afterSeconds: 0,
              properties: { from: entry.settings.from?.[0] ?? null, to: entry.settings.to[0] },
            },
            ...sorted,
          ];
    default:
      return sorted;
  }
}

/**
 * Properties a synthesized entry event needs to pass the entry's `where`: each `eq`/`in` test on a
 * `properties.*` trigger path (at the top level or under `all`) gets its value.
 */
function propertiesMeeting(where: Condition | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const leaves = where ? ('all' in where ? where.all : [where]) : [];
  for (const leaf of leaves) {
    if (!('trigger' in leaf) || !leaf.trigger.startsWith('properties.')) continue;
    const value =
      leaf.op === 'eq'
        ? leaf.value
        : leaf.op === 'in' && Array.isArray(leaf.value)
          ? leaf.value[0]
          : undefined;
    if (value !== undefined) setPath(out, leaf.trigger.slice('properties.'.length).split('.'), value);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cursor = target;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      cursor[key] = value;
    } else {
      cursor[key] ??= {};
      cursor = cursor[key] as Record<string, unknown>;
    }
  }
}

/** Properties that put synthesized events in one `groupBy` group (`properties.productId` → same id). */
function groupedProperties(groupBy: string | undefined): Record<string, unknown> {
  const path = groupBy?.startsWith('properties.') ? groupBy.slice('properties.'.length).split('.') : [];
  const root: Record<string, unknown> = {};
  if (path.length > 0) setPath(root, path, 'test_item');
  return root;
}

/** Every send the simulated run waits on is delivered at once (the sandbox provider's answer). */
async function resumeDeliveries(engine: Engine, tx: SqlClient, versionId: string): Promise<void> {
  const parked = await tx.query<{ id: string; current_node: string; visit: number }>(
    `select id, current_node, coalesce((visits->>current_node)::int, 0) as visit from runs
      where version_id = $1 and status = 'waiting' and waiting_event = $2`,
    [versionId, deliveryWaitEvent],
  );
  for (const run of parked) {
    await resumeRunAfterDelivery(engine, tx, {
      runId: run.id,
      nodeId: run.current_node,
      visit: Number(run.visit),
      outcome: 'delivered',
    });
  }
}

/**
 * Creates the simulated customer's profile inside the sandbox. An existing customer is copied under a new
 * id (and a private external id) together with what conditions and caps read: events, segment
 * memberships and the last 30 days of messages.
 */
async function prepareCustomer(
  tx: SqlClient,
  ids: Ids,
  input: SimulationInput,
  simId: string,
  now: Date,
  tables: ReadonlySet<string>,
): Promise<string> {
  const id = ids.newId('cus');
  const made = input.customer;
  if (input.externalId) {
    const [real] = await tx.query<{ id: string }>(
      'select id from customers where workspace_id = $1 and external_id = $2',
      [input.workspaceId, input.externalId],
    );
    if (!real) throw new UnknownCustomerError(input.externalId);
    const externalId = `${simId}:${input.externalId}`;
    await tx.query(
      `insert into customers (id, workspace_id, external_id, attributes, timezone, locale, grade, consent, phone, email,
         last_purchase_at, frequency_90d, monetary_90d, created_at, updated_at)
       select $1, workspace_id, $2, attributes, timezone, locale, grade, consent, phone, email,
         last_purchase_at, frequency_90d, monetary_90d, created_at, updated_at from customers where id = $3`,
      [id, externalId, real.id],
    );
    await tx.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
       select $1 || id, workspace_id, $2, name, properties, ts, $1 || message_id, received_at
       from events where customer_id = $3 and workspace_id = $4`,
      [`${simId}:`, id, real.id, input.workspaceId],
    );
    if (tables.has('segment_members'))
      await tx.query(
        `insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
         select segment_id, $1, workspace_id, entered_at from segment_members where customer_id = $2`,
        [id, real.id],
      );
    await tx.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered, created_at, updated_at)
       select $1 || id, workspace_id, journey_id, journey_version, run_id, node_id, visit, $1 || idempotency_key,
         $2, $3, channel, purpose, status, content, rendered, created_at, updated_at
       from outbox where customer_id = $4 and workspace_id = $5 and created_at > $6::timestamptz`,
      [
        `${simId}:`,
        id,
        externalId,
        real.id,
        input.workspaceId,
        new Date(now.getTime() - 30 * 86_400_000).toISOString(),
      ],
    );
    if (made) await overlay(tx, id, made, now);
    return externalId;
  }
  const attributes = made?.attributes ?? {};
  await tx.query(
    `insert into customers (id, workspace_id, external_id, attributes, timezone, grade, consent, phone, email, created_at, updated_at)
     values ($1, $2, $3, $4::text::jsonb, $5, $6, $7::text::jsonb, $8, $9, $10::timestamptz, $10::timestamptz)`,
    [
      id,
      input.workspaceId,
      `${simId}:${testExternalId}`,
      JSON.stringify(attributes),
      made?.timezone ?? null,
      made?.grade ?? (typeof attributes.grade === 'string' ? attributes.grade : null),
      JSON.stringify(made?.consent ?? {}),
      typeof attributes.phone === 'string' ? attributes.phone : null,
      typeof attributes.email === 'string' ? attributes.email : null,
      now.toISOString(),
    ],
  );
  await overlayRfm(tx, id, made, now);
  return `${simId}:${testExternalId}`;
}

async function overlay(tx: SqlClient, id: string, made: SimulatedCustomer, now: Date): Promise<void> {
  await overlayRfm(tx, id, made, now);
  await tx.query(
    `update customers set attributes = attributes || $2::text::jsonb, timezone = coalesce($3, timezone),
       grade = coalesce($4, grade), consent = consent || $5::text::jsonb where id = $1`,
    [
      id,
      JSON.stringify(made.attributes ?? {}),
      made.timezone ?? null,
      made.grade ?? null,
      JSON.stringify(made.consent ?? {}),
    ],
  );
}

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A made-up customer may give RFM as `attributes.rfm` (what the test-run form offers). Conditions read
 * RFM from the customer columns only (`customerConditionView`), so it is stored there: recency as the
 * last purchase that many days before the simulated start.
 */
async function overlayRfm(tx: SqlClient, id: string, made: SimulatedCustomer | undefined, now: Date) {
  const rfm = made?.attributes?.rfm;
  if (!rfm || typeof rfm !== 'object') return;
  const { recency_days, frequency_90d, monetary_90d } = rfm as Record<string, unknown>;
  const recency = finite(recency_days);
  const frequency = finite(frequency_90d);
  await tx.query(
    `update customers set last_purchase_at = coalesce($2::timestamptz, last_purchase_at),
       frequency_90d = coalesce($3::int, frequency_90d), monetary_90d = coalesce($4::float8, monetary_90d)
     where id = $1`,
    [
      id,
      recency === null ? null : new Date(now.getTime() - Math.max(0, recency) * 86_400_000).toISOString(),
      frequency === null ? null : Math.round(frequency),
      finite(monetary_90d),
    ],
  );
}
