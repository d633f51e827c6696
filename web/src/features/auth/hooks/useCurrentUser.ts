import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/ApiError';
import { authApi } from '../../../api/authApi';
import { queryKeys } from '../../../api/queryKeys';

/** The signed-in user; `user` is undefined while loading and `null` when signed out. */
export function useCurrentUser() {
  const query = useQuery({
    queryKey: queryKeys.auth.me,
    queryFn: async ({ signal }) => {
      try {
        return (await authApi.me(signal)).user;
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
  return { user: query.data, isLoading: query.isLoading, error: query.error };
}
