export type HoldingEntry = { type: string; settings: Record<string, unknown> };

/** entry → wait 1 h → exit: a customer who entered stays in the journey for the test. */
export const holdingGraph = (entry: HoldingEntry) => ({
  nodes: [
    { id: 'entry', position: { x: 0, y: 0 }, ...entry },
    { id: 'hold', type: 'wait.duration', position: { x: 0, y: 100 }, settings: { seconds: 3600 } },
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'hold' },
    { id: 'e2', source: 'hold', sourceHandle: 'next', target: 'done' },
  ],
});
