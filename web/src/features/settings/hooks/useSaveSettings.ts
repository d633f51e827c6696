import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { pushToast } from '../../../components/toastStore';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';

/**
 * Saving one settings document that `queryKey` loads: the server's answer replaces the cached copy (so the
 * screen shows what was stored) and a toast says it was saved; `onError` for a save with no field to show
 * its error beside.
 */
export function useSaveSettings<TBody, TSaved>(
  queryKey: QueryKey,
  save: (body: TBody) => Promise<TSaved>,
  { savedKey = 'cfg.saved', onError }: { savedKey?: MessageKey; onError?: (error: Error) => void } = {},
) {
  const t = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      pushToast('success', t(savedKey));
    },
    ...(onError ? { onError } : {}),
  });
}
