import type { Segment } from '@journeyflow/shared/api/segments';
import { useSavedSegments } from '../../conditions/useSavedSegments';

/** One id → name map per loaded segment list, shared by every card that asks. */
const namesByList = new WeakMap<readonly Segment[], ReadonlyMap<string, string>>();

function segmentNames(segments: readonly Segment[]): ReadonlyMap<string, string> {
  let names = namesByList.get(segments);
  if (!names) {
    names = new Map(segments.map((segment) => [segment.id, segment.name]));
    namesByList.set(segments, names);
  }
  return names;
}

/** The saved segment's name, or undefined while the list loads or when the id is unknown. */
export function useSegmentName(segmentId: string): string | undefined {
  const { segments } = useSavedSegments();
  return segmentId ? segmentNames(segments).get(segmentId) : undefined;
}
