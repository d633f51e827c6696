import { type CheckedGraph, capitalize, type IssueSink, nodeName } from './checkedGraph';
import { stronglyConnected } from './stronglyConnected';

/** Steps named in a loop's message; longer loops are summarized. */
const MAX_NAMED_IN_LOOP = 12;

/**
 * Loops that can spin without waiting: cycles among non-wait steps only (a wait step breaks a loop).
 *
 * Why not `@dagrejs/graphlib`'s `alg.findCycles`: its Tarjan is recursive and overflows the stack on a
 * ring of 20,000 steps (validateJourney.scale.test.ts), and drafts over the size cap are still checked;
 * `stronglyConnected` is the same algorithm, iterative.
 */
export function checkCycles(graph: CheckedGraph, issues: IssueSink): void {
  const isWait = (id: string) => graph.nodes.get(id)?.definition?.isWait === true;
  const instant = [...graph.nodes.keys()].filter((id) => !isWait(id));
  // Filtered once per node: the component search asks for a node's successors at every step.
  const instantSuccessors = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (isWait(edge.source) || isWait(edge.target)) continue;
    const list = instantSuccessors.get(edge.source);
    if (list) list.push(edge.target);
    else instantSuccessors.set(edge.source, [edge.target]);
  }
  const instantNext = (id: string): readonly string[] => instantSuccessors.get(id) ?? [];
  for (const component of stronglyConnected(instant, instantNext)) {
    const first = component[0]!;
    const loops = component.length > 1 || instantNext(first).includes(first);
    if (!loops) continue;
    // One message per loop, naming at most a few steps: a copy per step would grow with the square.
    const names = component.slice(0, MAX_NAMED_IN_LOOP).map((id) => nodeName(graph.nodes.get(id)!));
    const path =
      component.length > MAX_NAMED_IN_LOOP
        ? `${names.join(' → ')} → … (${component.length} steps)`
        : names.join(' → ');
    const message = `${capitalize(path)}${component.length > 1 ? ` → ${names[0]}` : ' → itself'} form a loop without a wait step, so a customer would cycle endlessly; add a wait step inside the loop.`;
    for (const id of component) {
      issues.push({
        nodeId: id,
        code: 'cycle_without_wait',
        message,
        severity: 'error',
        params: { steps: component.length },
      });
    }
  }
}
