import { useMutation, useQueryClient } from '@tanstack/react-query';
import { journeysApi } from '../../api/journeysApi';
import { queryKeys } from '../../api/queryKeys';

/** Marks a review comment resolved (or open again) and refreshes the journey's comments everywhere. */
export function useResolveComment(journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, resolved }: { commentId: string; resolved: boolean }) =>
      journeysApi.resolveComment(journeyId, commentId, resolved),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.comments(journeyId) }),
  });
}
