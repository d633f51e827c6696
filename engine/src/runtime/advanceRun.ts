import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import type { TinySnapshot } from '../journey/compileJourney';
import { endState } from '../journey/compileJourney';
import type { NodeContext, NodeResult, StepCause } from '../nodes/nodeHandler';
import { stepNode } from '../nodes/nodePlugins';
import type { RunRecord, RunStatus } from '../step/runRecord';
import type { StepEnv } from '../step/stepEnv';
import type { TraceCode, TraceKind } from '../step/stepWrites';
import type { LoadedVersion } from '../step/versionCache';

export function addTrace(
  env: StepEnv,
  run: RunRecord,
  nodeId: string,
  nodeType: string,
  kind: TraceKind,
  reason: string,
  handle: string | null = null,
  coded?: TraceCode,
): void {
  run.traceSeq += 1;
  env.writes.trace.push({
    id: env.ports.ids.newId('trc'),
    runId: run.id,
    workspaceId: run.workspaceId,
    customerId: run.customerId,
    journeyId: run.journeyId,
    version: run.version,
    nodeId,
    nodeType,
    handle,
    reason,
    code: coded?.code ?? null,
    params: coded?.params ?? null,
    kind,
    seq: run.traceSeq,
    at: env.now,
  });
}

// No conditional spread: this runs for every trace line and V8 builds the spread form several times slower.
const codeOf = (result: NodeResult): TraceCode | undefined => {
  if (!result.code) return undefined;
  return result.params ? { code: result.code, params: result.params } : { code: result.code };
};

/** Ends a run where it stands (exit node, unconnected handle, goal, exitOn, archive). */
export function endRun(
  env: StepEnv,
  run: RunRecord,
  status: RunStatus,
  nodeType: string,
  reason: string,
  coded?: TraceCode,
): void {
  run.status = status;
  run.wakeAt = null;
  run.waitingEvent = null;
  run.waitingFilter = null;
  run.endedAt = env.now;
  addTrace(
    env,
    run,
    run.currentNode,
    nodeType,
    status === 'completed' ? 'completed' : (status as TraceKind),
    reason,
    null,
    coded,
  );
}

function persist(env: StepEnv, run: RunRecord, isNew: boolean): void {
  if (isNew) env.writes.insertRun(run);
  else env.writes.updateRun(run);
}

/**
 * Steps one run as far as it can go now: runs the current node's handler, routes the returned handle
 * through the compiled machine (pure `transition`), enters the next node, and repeats until the run
 * waits or ends. Nothing is written here: trace, outbox and run changes are collected in `env.writes`.
 */
export async function advanceRun(
  env: StepEnv,
  run: RunRecord,
  version: LoadedVersion,
  cause: StepCause,
  isNew = false,
): Promise<void> {
  const customer = env.customers.get(run.customerId);
  if (!customer) {
    endRun(env, run, 'exited', 'unknown', 'customer no longer exists', { code: 'run.customer_gone' });
    persist(env, run, isNew);
    return;
  }
  const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
  let snapshot: TinySnapshot = { node: run.currentNode, visits: run.visits };
  let current: StepCause = cause;
  run.status = 'active';
  for (let hop = 0; ; hop++) {
    const node = version.compiled.nodes.get(snapshot.node);
    if (!node) {
      endRun(env, run, 'completed', 'end', 'path ended (no further node)', { code: 'run.path_end' });
      break;
    }
    if (hop >= env.options.maxTransitionsPerStep) {
      // A cycle without a wait slipped through validation: park the run instead of spinning.
      run.wakeAt = new Date(env.now.getTime() + 60_000);
      addTrace(
        env,
        run,
        node.id,
        node.type,
        'note',
        `more than ${hop} steps at once; paused for a minute`,
        null,
        {
          code: 'run.loop_paused',
        },
      );
      break;
    }
    const ctx: NodeContext = {
      node,
      run,
      version,
      customer,
      env,
      cause: current,
      visit: snapshot.visits[node.id] ?? 1,
      timezone,
      note: (kind, reason, coded) => addTrace(env, run, node.id, node.type, kind, reason, null, coded),
    };
    let result: NodeResult;
    try {
      result = await stepNode(ctx);
    } catch (error) {
      // One broken run (bad template, unreadable setting) must not poison the batch it was claimed with.
      const message = error instanceof Error ? error.message : String(error);
      endRun(env, run, 'failed', node.type, `error in ${node.type}: ${message}`, { code: 'run.error' });
      break;
    }
    env.writes.steps += 1;
    if (result.kind === 'wait') {
      run.status = 'waiting';
      run.wakeAt = result.wakeAt;
      run.waitingEvent = result.waitingEvent ?? null;
      run.waitingFilter = result.waitingFilter ?? null;
      addTrace(env, run, node.id, node.type, 'waiting', result.reason, null, codeOf(result));
      break;
    }
    if (result.kind === 'end') {
      endRun(env, run, 'completed', node.type, result.reason, codeOf(result));
      break;
    }
    addTrace(
      env,
      run,
      node.id,
      node.type,
      result.traceKind ?? 'left',
      result.reason,
      result.handle,
      codeOf(result),
    );
    const next = version.compiled.route(snapshot, result.handle);
    if (next.snapshot.node === snapshot.node && next.effects.length === 0) {
      endRun(env, run, 'failed', node.type, `no route for handle ${result.handle}`, {
        code: 'run.no_route',
        params: { handle: result.handle },
      });
      break;
    }
    snapshot = next.snapshot;
    run.currentNode = snapshot.node;
    run.visits = snapshot.visits;
    run.nodeEnteredAt = env.now;
    run.wakeAt = null;
    run.waitingEvent = null;
    run.waitingFilter = null;
    if (snapshot.node === endState) {
      run.currentNode = node.id;
      endRun(
        env,
        run,
        'completed',
        node.type,
        `handle ${result.handle} is not connected: the journey ends here`,
        { code: 'run.unconnected', params: { handle: result.handle } },
      );
      break;
    }
    current = { kind: 'enter' };
  }
  persist(env, run, isNew);
}
