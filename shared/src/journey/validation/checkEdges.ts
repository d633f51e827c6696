import {
  type CheckedEdge,
  type CheckedGraph,
  type CheckedNode,
  capitalize,
  handleKey,
  handleName,
  type IssueSink,
  looseEdgeSchema,
  nodeName,
  stepParam,
} from './checkedGraph';

/** Edges: shape, ids, endpoints, handles; then one connection per handle. */
export function checkEdges(
  rawEdges: readonly unknown[],
  nodes: ReadonlyMap<string, CheckedNode>,
  issues: IssueSink,
): CheckedGraph {
  const edgeIds = new Set<string>();
  const edges: CheckedEdge[] = [];
  const bySourceHandle = new Map<string, CheckedEdge[]>();
  // A Set per node, so checking an edge's handle does not scan a split's branches once per edge.
  const handleSets = new Map<string, ReadonlySet<string>>();
  const handleSetOf = (node: CheckedNode): ReadonlySet<string> => {
    let set = handleSets.get(node.id);
    if (!set) {
      set = new Set(node.handles);
      handleSets.set(node.id, set);
    }
    return set;
  };
  rawEdges.forEach((raw, index) => {
    const parsed = looseEdgeSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      issues.push({
        ...(typeof id === 'string' && id ? { edgeId: id } : {}),
        code: 'invalid_edge',
        message: `Connection #${index + 1} is malformed: it needs an "id", a "source" and a "target".`,
        severity: 'error',
      });
      return;
    }
    const edge = parsed.data;
    if (edgeIds.has(edge.id)) {
      issues.push({
        edgeId: edge.id,
        code: 'duplicate_edge_id',
        message: `Two connections share the id "${edge.id}"; every connection needs its own id.`,
        severity: 'error',
      });
      return;
    }
    edgeIds.add(edge.id);
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      issues.push({
        edgeId: edge.id,
        code: 'edge_unknown_node',
        message: `A connection ${!source ? 'starts at' : 'leads to'} the step "${missing}", which does not exist.`,
        severity: 'error',
      });
      return;
    }
    if (target.definition?.category === 'entry') {
      issues.push({
        edgeId: edge.id,
        nodeId: target.id,
        code: 'edge_into_entry',
        message: `${capitalize(nodeName(target))} is an entry step; nothing can connect into it.`,
        severity: 'error',
        params: { step: stepParam(target) },
      });
      return;
    }
    if (source.handles && !handleSetOf(source).has(edge.sourceHandle)) {
      issues.push({
        edgeId: edge.id,
        nodeId: source.id,
        code: 'edge_unknown_handle',
        message:
          source.handles.length === 0
            ? `${capitalize(nodeName(source))} ends the journey and cannot connect onward.`
            : `${capitalize(nodeName(source))} has no "${edge.sourceHandle}" output (it has ${source.handles.map((h) => `"${h}"`).join(', ')}).`,
        severity: 'error',
      });
      return;
    }
    edges.push(edge);
    const key = handleKey(edge.source, edge.sourceHandle);
    const group = bySourceHandle.get(key);
    if (group) group.push(edge);
    else bySourceHandle.set(key, [edge]);
  });

  for (const group of bySourceHandle.values()) {
    if (group.length < 2) continue;
    const source = nodes.get(group[0]!.source)!;
    // One message per handle: building it per edge would scan the branches once per extra edge.
    const message = `The ${handleName(source, group[0]!.sourceHandle)} of ${nodeName(source)} has ${group.length} connections, but a customer can follow only one; keep one.`;
    for (const edge of group.slice(1)) {
      issues.push({
        edgeId: edge.id,
        nodeId: source.id,
        code: 'handle_multiple_edges',
        message,
        severity: 'error',
        params: { step: stepParam(source), handle: group[0]!.sourceHandle, count: group.length },
      });
    }
  }
  return { nodes, edges, bySourceHandle };
}

/** Every handle a node's definition requires is connected (SPEC §2: an unconnected `next` means exit). */
export function checkRequiredHandles(graph: CheckedGraph, issues: IssueSink): void {
  for (const node of graph.nodes.values()) {
    if (!node.definition || node.settings === undefined) continue;
    for (const handle of node.definition.requiredHandles(node.settings)) {
      if (!graph.bySourceHandle.has(handleKey(node.id, handle))) {
        issues.push({
          nodeId: node.id,
          code: 'handle_unconnected',
          message: `The ${handleName(node, handle)} of ${nodeName(node)} is not connected; connect it to the next step or to an Exit.`,
          severity: 'error',
          params: { step: stepParam(node), handle },
        });
      }
    }
  }
}
