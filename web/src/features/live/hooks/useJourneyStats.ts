import { useQuery } from '@tanstack/react-query';
import { insightApi, insightKeys } from '../api/insightApi';

/** Per-node counts of a journey, polled every 2 s while `live` so the canvas moves with the traffic. */
export function useJourneyStats(journeyId: string, live: boolean) {
  return useQuery({
    queryKey: insightKeys.stats(journeyId),
    queryFn: ({ signal }) => insightApi.stats(journeyId, signal),
    enabled: live,
    refetchInterval: live ? 2000 : false,
  });
}
