import type { QueryClient } from '@tanstack/react-query';
import { journeyKeys } from '../../api/journeyKeys';
import { journeysApi } from '../../api/journeysApi';

/**
 * Starts downloading the journey as soon as `/journeys/:id` is matched (the route loader also starts the
 * editor chunk), alongside the session check, instead of one after the other (session → editor chunk →
 * journey). The editor page's own query then finds the journey already on its way.
 */
export function prefetchEditor(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery({
    queryKey: journeyKeys.detail(id),
    queryFn: ({ signal }) => journeysApi.get(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
