import { type Segment, segmentListResponseSchema } from '@journeyflow/shared/api/segments';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/** The workspace's saved segments (for pickers); empty until loaded. Same cache as the segments screen. */
export function useSavedSegments(): { readonly segments: readonly Segment[]; readonly isPending: boolean } {
  const list = useQuery({
    queryKey: queryKeys.segments.list,
    queryFn: ({ signal }) => api.get('/api/segments', { schema: segmentListResponseSchema, signal }),
    staleTime: 30_000,
  });
  return { segments: list.data?.items ?? [], isPending: list.isPending };
}
