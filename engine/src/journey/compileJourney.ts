import type { JourneyGraph, JourneyNode, JourneyNodeOf } from '@journeyflow/shared/journey/graph';
import {
  type EntryNodeType,
  isEntryNodeType,
  outputHandlesOf,
} from '@journeyflow/shared/journey/nodeRegistry';
import { type AnyStateMachine, assign, initialTransition, setup, transition } from 'xstate';

/** Leaving a node through one of its handles; the runtime decides the handle, the machine routes it. */
export type RouteEvent = { type: 'route'; handle: string };

export type RunContext = { visits: Record<string, number> };

/** An effect the pure transition asks the runtime to perform on entering a node. */
export type NodeEffect = { readonly type: 'enter'; readonly nodeId: string };

/** What a run persists of its machine: the node it sits on and its visit counts — a few dozen bytes. */
export type TinySnapshot = { readonly node: string; readonly visits: Record<string, number> };

export type CompiledJourney = {
  readonly machine: AnyStateMachine;
  readonly entryNode: JourneyNodeOf<EntryNodeType>;
  readonly nodes: ReadonlyMap<string, JourneyNode>;
  /** Target of each (node, handle); an unconnected handle leads to the implicit end. */
  readonly edges: ReadonlyMap<string, string>;
  /** Starts a run on its entry node (the initial transition runs once; each call gets its own copy). */
  start(): { snapshot: TinySnapshot; effects: NodeEffect[] };
  /** The same start straight through XState's `initialTransition`, without the memo (tests compare the two). */
  rawStart(): { snapshot: TinySnapshot; effects: NodeEffect[] };
  /** Pure step: leave `snapshot.node` through `handle` (memoized per node and handle). */
  route(snapshot: TinySnapshot, handle: string): { snapshot: TinySnapshot; effects: NodeEffect[] };
  /** The same step straight through XState's `transition`, without the memo (tests compare the two). */
  rawRoute(snapshot: TinySnapshot, handle: string): { snapshot: TinySnapshot; effects: NodeEffect[] };
};

/** The state a handle with no edge leads to (SPEC §2: unconnected `next` means exit). */
export const endState = '__end';

function stateKey(nodeId: string): string {
  // Dots would be read by XState as nested state paths.
  return `n:${nodeId.replaceAll('.', '\u2024')}`;
}

function nodeIdOf(key: string): string {
  return key === endState ? endState : key.slice(2).replaceAll('\u2024', '.');
}

/**
 * Compiles a version's graph into an XState v5 machine: one state per node, one guarded transition per
 * handle. Transitions are pure — the named `enter` action only describes the node entered; the runtime
 * performs sends, updates and waits. Waits are never `after` timers (a restored actor loses them): the
 * runtime stores `wake_at` and routes `timeout`/`next` when the run is due.
 */
export function compileJourney(graph: JourneyGraph): CompiledJourney {
  const entryNode = graph.nodes.find((n): n is JourneyNodeOf<EntryNodeType> => isEntryNodeType(n.type));
  if (!entryNode) throw new Error('journey has no entry node');
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, string>();
  for (const edge of graph.edges) {
    if (nodes.has(edge.target)) edges.set(`${edge.source}\u0000${edge.sourceHandle ?? 'next'}`, edge.target);
  }

  const states: Record<string, object> = {};
  for (const node of graph.nodes) {
    // The registry's handles (a stored graph has passed validation, so its edges use only these).
    const routes = outputHandlesOf(node).map((handle) => {
      const target = edges.get(`${node.id}\u0000${handle}`);
      return {
        guard: { type: 'handleIs', params: { handle } },
        target: target ? stateKey(target) : endState,
      };
    });
    states[stateKey(node.id)] =
      node.type === 'exit'
        ? {
            type: 'final',
            entry: [
              { type: 'countVisit', params: { nodeId: node.id } },
              { type: 'enter', params: { nodeId: node.id } },
            ],
          }
        : {
            entry: [
              { type: 'countVisit', params: { nodeId: node.id } },
              { type: 'enter', params: { nodeId: node.id } },
            ],
            on: { route: routes },
          };
  }
  states[endState] = { type: 'final' };

  const machine = setup({
    types: { context: {} as RunContext, events: {} as RouteEvent },
    guards: {
      handleIs: ({ event }, params: { handle: string }) => event.handle === params.handle,
    },
    actions: {
      countVisit: assign({
        visits: ({ context }, params: { nodeId: string }) => ({
          ...context.visits,
          [params.nodeId]: (context.visits[params.nodeId] ?? 0) + 1,
        }),
      }),
      // Executed by the runtime from the returned action list, never inside the machine.
      enter: (_, _params: { nodeId: string }) => {},
    },
  }).createMachine({
    id: 'journey',
    context: { visits: {} },
    initial: stateKey(entryNode.id),
    states: states as never,
  });

  const effectsOf = (actions: readonly { type: string; params?: unknown }[]): NodeEffect[] =>
    actions
      .filter((a) => a.type === 'enter')
      .map((a) => ({ type: 'enter' as const, nodeId: (a.params as { nodeId: string }).nodeId }));

  const tiny = (snapshot: { value: unknown; context: RunContext }): TinySnapshot => ({
    node: nodeIdOf(String(snapshot.value)),
    visits: snapshot.context.visits,
  });

  const routes = new Map<string, { node: string; effects: NodeEffect[] }>();
  const rawRoute = (current: TinySnapshot, handle: string) => {
    const restored = machine.resolveState({
      value: current.node === endState ? endState : stateKey(current.node),
      context: { visits: current.visits },
    });
    const [next, actions] = transition(machine, restored, { type: 'route', handle });
    return { snapshot: tiny(next), effects: effectsOf(actions) };
  };

  const rawStart = () => {
    const [snapshot, actions] = initialTransition(machine);
    return { snapshot: tiny(snapshot), effects: effectsOf(actions) };
  };
  // Every run of a version starts alike: XState's initial transition (an actor, a snapshot, the entry
  // actions — most of what event ingestion allocated per started run) runs once per compiled version.
  let started: ReturnType<typeof rawStart> | undefined;

  return {
    machine: machine as unknown as AnyStateMachine,
    entryNode,
    nodes,
    edges,
    start() {
      started ??= rawStart();
      return {
        snapshot: { node: started.snapshot.node, visits: { ...started.snapshot.visits } },
        effects: started.effects.map((effect) => ({ ...effect })),
      };
    },
    rawStart,
    route(current, handle) {
      // Routing is deterministic per (node, handle): the pure transition runs once, then its outcome (target
      // node, entered nodes) is reused and only the visit counts (the machine's `countVisit` assign) applied.
      const key = `${current.node}\u0000${handle}`;
      let memo = routes.get(key);
      if (!memo) {
        const raw = rawRoute(current, handle);
        memo = { node: raw.snapshot.node, effects: raw.effects };
        routes.set(key, memo);
      }
      if (memo.node === current.node && memo.effects.length === 0) return { snapshot: current, effects: [] };
      const visits = { ...current.visits };
      for (const effect of memo.effects) visits[effect.nodeId] = (visits[effect.nodeId] ?? 0) + 1;
      return { snapshot: { node: memo.node, visits }, effects: memo.effects };
    },
    rawRoute,
  };
}
