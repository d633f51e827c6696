/** A journey of `count` nodes: an entry, a long path of waits, conditions and sends, and exits. */
export function bigJourneyGraph(count: number) {
  const columns = 15;
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const position = (index: number) => ({ x: (index % columns) * 300, y: Math.floor(index / columns) * 180 });
  nodes.push({ id: 'n0', type: 'entry.event', position: position(0), settings: { event: 'product_viewed' } });
  for (let index = 1; index < count - 1; index++) {
    const kind = index % 3;
    const id = `n${index}`;
    if (kind === 0)
      nodes.push({ id, type: 'wait.duration', position: position(index), settings: { seconds: 3600 } });
    else if (kind === 1)
      nodes.push({
        id,
        type: 'send',
        position: position(index),
        settings: { channel: 'sms', purpose: 'info', content: { text: `안내 메시지 ${index}` } },
      });
    else
      nodes.push({
        id,
        type: 'condition',
        position: position(index),
        settings: { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } },
      });
    const previous = nodes[index - 1]!;
    const handle = previous.type === 'condition' ? 'yes' : 'next';
    edges.push({ id: `e${index}`, source: previous.id, sourceHandle: handle, target: id });
  }
  const exitId = `n${count - 1}`;
  nodes.push({ id: exitId, type: 'exit', position: position(count - 1), settings: {} });
  edges.push({ id: `e${count - 1}`, source: `n${count - 2}`, sourceHandle: 'next', target: exitId });
  // Every condition's "no" ends at the exit, so all handles are connected and validation runs fully.
  for (const node of nodes)
    if (node.type === 'condition')
      edges.push({ id: `no_${node.id}`, source: node.id, sourceHandle: 'no', target: exitId });
  return { nodes, edges };
}
