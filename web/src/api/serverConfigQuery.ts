import { queryOptions } from '@tanstack/react-query';
import { authApi } from './authApi';
import { queryKeys } from './queryKeys';

/** What the server tells every page about itself (its public address, the demo accounts to offer). */
export const serverConfigQuery = queryOptions({
  queryKey: queryKeys.auth.config,
  queryFn: ({ signal }) => authApi.config(signal),
});
