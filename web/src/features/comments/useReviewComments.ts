import type { JourneyComment } from '@journeyflow/shared/api/journeys';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { journeysApi } from '../../api/journeysApi';
import { queryKeys } from '../../api/queryKeys';

const none: readonly JourneyComment[] = [];

/** The journey's review comments and, per step, how many are still open (for the canvas badges). */
export function useReviewComments(journeyId: string) {
  const query = useQuery({
    queryKey: queryKeys.journeys.comments(journeyId),
    queryFn: ({ signal }) => journeysApi.comments(journeyId, signal),
    staleTime: 15_000,
    meta: { silentError: true },
  });
  const comments = query.data?.items ?? none;
  const openByNode = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments)
      if (comment.nodeId && !comment.resolvedAt)
        counts.set(comment.nodeId, (counts.get(comment.nodeId) ?? 0) + 1);
    return counts;
  }, [comments]);
  return { comments, openByNode };
}
