import type { Segment } from '@journeyflow/shared/api/segments';
import { useQuery } from '@tanstack/react-query';
import { segmentKeys, segmentsClient } from './segmentsClient';

/** The workspace's saved segments (for pickers); empty until loaded. */
export function useSavedSegments(): { readonly segments: readonly Segment[]; readonly isPending: boolean } {
  const list = useQuery({
    queryKey: segmentKeys.list,
    queryFn: ({ signal }) => segmentsClient.list(signal),
    staleTime: 30_000,
  });
  return { segments: list.data?.items ?? [], isPending: list.isPending };
}
