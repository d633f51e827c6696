import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { ingestEvents } from '../ingest/ingestEvents';
import type { SimulationStart } from '../nodes/enginePlugin';
import { entryPluginOf } from '../nodes/nodePlugins';
import { deliveryWaitEvent } from '../nodes/send';
import { createFakeClock } from '../ports/fakeClock';
import type { Logger } from '../ports/logger';
import type { SqlClient } from '../ports/sqlClient';
import { createEngine, createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { resumeRunAfterDelivery } from '../runtime/resumeRunAfterDelivery';
import { tryEnter } from '../runtime/startRun';
import { stepDueRuns } from '../runtime/stepDueRuns';
import { customerColumns, customerFromRow } from '../step/customerRecord';
import { recordRefusal, refusalTrace } from '../step/entryRefusals';
import type { TriggerEvent } from '../step/runRecord';
import { type LoadedVersion, loadVersionFromRow } from '../step/versionCache';
import { prepareCustomer, testExternalId } from './sandboxCustomer';
import type { SimulationInput, SimulationPorts, SimulationResult } from './simulationTypes';

export { UnknownCustomerError } from './sandboxCustomer';
export type {
  ScriptedEvent,
  SimulatedCustomer,
  SimulationInput,
  SimulationPorts,
  SimulationResult,
} from './simulationTypes';

/** Thrown (and caught) to roll the sandbox transaction back once the result has been read. */
class SimulationFinished extends Error {
  constructor(readonly result: SimulationResult) {
    super('simulation finished');
  }
}

const defaultHorizonSeconds = 30 * 86_400;
const maxWakeUps = 1_000;

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

  const externalId = await prepareCustomer(tx, ports.ids, input, simId, start);
  // The sandbox profile has a private external id; results show the customer as the caller named it.
  const shownExternalId = input.externalId ?? testExternalId;

  const entry = version.compiled.entryNode;
  const entryPlugin = entryPluginOf(entry);
  const scripted = [...(input.events ?? [])].sort((a, b) => a.afterSeconds - b.afterSeconds);
  const simulation = entryPlugin.simulation(entry, scripted);
  const script = simulation.kind === 'script' ? simulation.events : scripted;
  const horizon = start.getTime() + (input.horizonSeconds ?? defaultHorizonSeconds) * 1000;
  // Entry nodes not triggered by an event: the customer enters at the start.
  if (simulation.kind === 'enter') await enterAtStart(engine, tx, version, externalId, simulation, simId);

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
    const notEntered = entryPlugin.notEnteredReason(entry);
    trace.push({
      at: start.toISOString(),
      journeyId: input.journeyId,
      version: 0,
      nodeId: entry.id,
      nodeType: entry.type,
      reason: `did not enter: ${notEntered.text}`,
      code: notEntered.code,
      params: notEntered.params,
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

/** Lets the sandbox customer in at the simulated start, through the plugin's `match` when it asks for it. */
async function enterAtStart(
  engine: Engine,
  tx: SqlClient,
  version: LoadedVersion,
  externalId: string,
  simulation: Extract<SimulationStart, { kind: 'enter' }>,
  simId: string,
): Promise<void> {
  const now = engine.ports.clock.now();
  const env = createStepEnv(engine, tx, now);
  const [row] = await tx.query(
    `select ${customerColumns} from customers where workspace_id = $1 and external_id = $2`,
    [version.workspaceId, externalId],
  );
  if (!row) return;
  const customer = customerFromRow(row);
  let trigger: TriggerEvent | null = null;
  let why = simulation.reason;
  if (simulation.properties) {
    const entry = version.compiled.entryNode;
    trigger = {
      id: `${simId}:enter`,
      name: entry.type,
      properties: simulation.properties,
      ts: now.toISOString(),
    };
    const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
    const match = await entryPluginOf(entry).match({ env, node: entry, customer, trigger, timezone });
    if (!match.enter) {
      if (match.refusal) recordRefusal(env, version, customer.id, match.refusal);
      await flushWrites(tx, env.writes, now);
      return;
    }
    why = `${simulation.reason}; ${match.reason}`;
  }
  await tryEnter(env, version, { customer, key: `${customer.id}:test`, trigger, reason: why });
  await flushWrites(tx, env.writes, now);
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
