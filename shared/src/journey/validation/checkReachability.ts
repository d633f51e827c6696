import { type CheckedGraph, type IssueSink, nodeName, stepParam } from './checkedGraph';

/** Exactly one entry node, and every node reachable from it. */
export function checkEntryAndReachability(graph: CheckedGraph, issues: IssueSink): void {
  const { nodes, edges } = graph;
  const entries = [...nodes.values()].filter((node) => node.definition?.category === 'entry');
  if (entries.length === 0) {
    issues.push({
      code: 'no_entry',
      message:
        nodes.size === 0
          ? 'The journey is empty; start with an entry step such as "Event trigger".'
          : 'The journey has no entry step; add one so customers can enter.',
      severity: 'error',
      params: { empty: nodes.size === 0 ? 1 : 0 },
    });
    return;
  }
  if (entries.length > 1) {
    for (const entry of entries) {
      issues.push({
        nodeId: entry.id,
        code: 'multiple_entries',
        message: `A journey has exactly one entry step, but this one has ${entries.length}; remove all but one, or make separate journeys.`,
        severity: 'error',
        params: { count: entries.length },
      });
    }
  }
  const successors = new Map<string, string[]>();
  for (const edge of edges) {
    const list = successors.get(edge.source);
    if (list) list.push(edge.target);
    else successors.set(edge.source, [edge.target]);
  }
  const reached = new Set(entries.map((entry) => entry.id));
  const queue = [...reached];
  while (queue.length > 0) {
    for (const next of successors.get(queue.pop()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const node of nodes.values()) {
    if (!reached.has(node.id)) {
      issues.push({
        nodeId: node.id,
        code: 'unreachable_node',
        message: `No path from the entry leads to ${nodeName(node)}; connect it or delete it.`,
        severity: 'error',
        params: { step: stepParam(node) },
      });
    }
  }
}
