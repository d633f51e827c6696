import type { ValidationContext } from '@journeyflow/shared/journey/nodeDefinition';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../api/queryKeys';
import { templatesApi } from '../../api/templatesApi';
import { workspaceSettingsApi } from '../../api/workspaceSettingsApi';
import { messagingSettingsQuery } from '../../api/workspaceSettingsQueries';

const quiet = { staleTime: 60_000, retry: false, meta: { silentError: true } } as const;

/**
 * What the compliance check needs about the workspace (issue 13), from queries other screens load too:
 * saved templates (so a send step by template is checked like inline content), registered AlimTalk
 * templates and the advertising identity (sender name, 080 line). Parts still loading (or refused) are
 * left out, and the rules that need them are skipped until they arrive — the server checks them anyway.
 */
export function useComplianceContext(): ValidationContext {
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    ...quiet,
  }).data;
  const alimtalk = useQuery({
    queryKey: queryKeys.settings.alimtalk,
    queryFn: ({ signal }) => workspaceSettingsApi.alimtalkTemplates(signal),
    ...quiet,
  }).data;
  const messaging = useQuery(messagingSettingsQuery).data;
  return useMemo(
    () => ({
      ...(templates ? { templates: templates.items } : {}),
      ...(alimtalk ? { alimtalkTemplates: alimtalk.items } : {}),
      ...(messaging ? { senderName: messaging.senderName, optoutLine: messaging.optoutLine } : {}),
    }),
    [templates, alimtalk, messaging],
  );
}
