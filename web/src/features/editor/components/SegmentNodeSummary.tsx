import { useSegmentName } from '../hooks/useSegmentName';

/**
 * The summary line of an `entry.segment` card: the saved segment's name (the id until the list arrives or
 * if the segment was deleted). Only segment entry cards render it, so 300 other cards subscribe to nothing.
 */
export function SegmentNodeSummary({
  segmentId,
  fallback,
}: {
  readonly segmentId: string;
  readonly fallback: string;
}) {
  const name = useSegmentName(segmentId);
  return (
    <div className="jf-node-summary" title={name ? segmentId : undefined} data-testid="node-segment-summary">
      {name ?? fallback}
    </div>
  );
}
