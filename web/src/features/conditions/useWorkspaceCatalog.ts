import { type WorkspaceCatalog, workspaceCatalogSchema } from '@journeyflow/shared/api/catalog';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/**
 * Event names, property keys and attribute paths the workspace has seen (`GET /api/catalog`), for the
 * inspector's suggestions. Undefined while loading or when the request failed: suggestions are optional.
 */
export function useWorkspaceCatalog(): WorkspaceCatalog | undefined {
  return useQuery({
    queryKey: queryKeys.catalog.all,
    queryFn: ({ signal }) => api.get('/api/catalog', { schema: workspaceCatalogSchema, signal }),
    staleTime: 5 * 60_000,
    retry: false,
    meta: { silentError: true },
  }).data;
}
