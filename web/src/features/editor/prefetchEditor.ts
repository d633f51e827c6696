import type { QueryClient } from '@tanstack/react-query';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/** The journey schema's chunk (shared with the editor's), loaded while the journey downloads. */
const loadJourneyViewSchema = () =>
  import('../../api/journeyViewSchema').then((module) => module.journeyViewSchema);

/**
 * Starts downloading the journey as soon as `/journeys/:id` is matched (the route loader also starts the
 * editor chunk), alongside the session check, instead of one after the other (session → editor chunk →
 * journey). The request leaves at once — this module is part of the first load, so it waits for no chunk
 * — and the answer is checked against `journeysApi.get`'s schema once that schema's chunk has loaded. The
 * editor page's own query (same key) then finds the journey on its way.
 */
export function prefetchEditor(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) =>
      api.get('/api/journeys/{id}', { path: { id }, schema: loadJourneyViewSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
