import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { insightApi } from '../api/insightApi';

/** Per-node counts of a journey, polled every 2 s while `live` so the canvas moves with the traffic. */
export function useJourneyStats(journeyId: string, live: boolean) {
  return useQuery({
    queryKey: queryKeys.insights.stats(journeyId),
    queryFn: ({ signal }) => insightApi.stats(journeyId, signal),
    enabled: live,
    refetchInterval: live ? 2000 : false,
  });
}
