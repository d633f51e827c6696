import type { AlimtalkTemplate } from '@journeyflow/shared/messaging/channelSettings';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { workspaceSettingsApi } from '../../api/workspaceSettingsApi';

/**
 * The workspace's registered AlimTalk templates (Settings → AlimTalk templates), shared with the
 * compliance check's query; `undefined` while loading or when the role may not read them.
 */
export function useAlimtalkRegistry(enabled = true): readonly AlimtalkTemplate[] | undefined {
  return useQuery({
    queryKey: queryKeys.settings.alimtalk,
    queryFn: ({ signal }) => workspaceSettingsApi.alimtalkTemplates(signal),
    staleTime: 60_000,
    retry: false,
    enabled,
    meta: { silentError: true },
  }).data?.items;
}
