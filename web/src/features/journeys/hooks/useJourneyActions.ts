import type { PublishRequest } from '@journeyflow/shared/api/journeys';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { journeysApi, type WorkflowAction } from '../../../api/journeysApi';
import { journeyViewSchema } from '../../../api/journeyViewSchema';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';

const doneText: Record<WorkflowAction | 'publish', MessageKey> = {
  submit: 'toast.submitted',
  approve: 'toast.approved',
  reject: 'toast.rejected',
  pause: 'toast.paused',
  resume: 'toast.resumed',
  archive: 'status.archived',
  publish: 'toast.published',
};

/** Workflow transitions of one journey; each refreshes every journey query when it lands. */
export function useJourneyActions(journeyId: string, onJourney?: (revision: number) => void) {
  const t = useT();
  const queryClient = useQueryClient();
  const settle = (result: unknown, action: WorkflowAction | 'publish') => {
    // Workflow answers carry the journey; keep the editor's base revision in step with it.
    const candidate = (result as { journey?: unknown } | undefined)?.journey ?? result;
    const parsed = journeyViewSchema.safeParse(candidate);
    if (parsed.success) {
      queryClient.setQueryData(queryKeys.journeys.detail(journeyId), parsed.data);
      onJourney?.(parsed.data.revision);
    }
    pushToast('success', t(doneText[action]));
    void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.all });
  };
  const action = useMutation({
    mutationFn: ({ action: name, comment }: { action: WorkflowAction; comment?: string }) =>
      journeysApi.action(journeyId, name, comment),
    onSuccess: (result, { action: name }) => settle(result, name),
  });
  const publish = useMutation({
    mutationFn: (body: PublishRequest) => journeysApi.publish(journeyId, body),
    onSuccess: (result) => {
      if (!result.dryRun) settle(result, 'publish');
    },
  });
  return { action, publish };
}
