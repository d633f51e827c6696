import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { workspaceSettingsApi } from './workspaceSettingsApi';

/** A background read another screen needs: cached a minute, not retried, a failure kept quiet. */
export const quietRead = { staleTime: 60_000, retry: false, meta: { silentError: true } } as const;

/** The workspace messaging settings (link host, advertising identity) as the editor and templates read them. */
export const messagingSettingsQuery = queryOptions({
  queryKey: queryKeys.settings.messaging,
  queryFn: ({ signal }) => workspaceSettingsApi.messaging(signal),
  ...quietRead,
});
