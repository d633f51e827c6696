import type { QueryClient } from '@tanstack/react-query';
import { journeysApi } from '../../api/journeysApi';
import { queryKeys } from '../../api/queryKeys';

/**
 * Starts downloading the journey as soon as `/journeys/:id` is matched (the route loader also starts the
 * editor chunk), alongside the session check, instead of one after the other (session → editor chunk →
 * journey). The editor page's own query (same key, same function) then finds the journey on its way.
 */
export function prefetchEditor(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) => journeysApi.get(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
