import { attributeValue } from '../../live/attributeValue';

/**
 * Animates a test run's path on the editor canvas: each visited node lights up in turn (one generated
 * stylesheet keyed by React Flow's `data-id`; the canvas itself is untouched).
 */
export function TestPathHighlight({
  nodeIds,
  runKey,
}: {
  readonly nodeIds: readonly string[];
  readonly runKey: number;
}) {
  const seen = [...new Set(nodeIds)];
  const css = seen
    .map(
      (id, index) =>
        `.react-flow__node[data-id=${attributeValue(id)}] .jf-node { animation: jf-test-step 0.5s ease-out ${(index * 0.45).toFixed(2)}s both; outline: 3px solid #f59e0b; outline-offset: 2px; }`,
    )
    .join('\n');
  return (
    <style key={runKey} data-testid="test-path-style" data-path={seen.join(',')}>
      {css}
    </style>
  );
}
