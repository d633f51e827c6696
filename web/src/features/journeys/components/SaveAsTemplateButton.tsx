import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { journeyTemplatesClient } from '../journeyTemplatesClient';

/** "이 여정을 템플릿으로 저장": the journey's current draft joins the workspace's gallery. */
export function SaveAsTemplateButton({ journeyId }: { readonly journeyId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => journeyTemplatesClient.save({ journeyId }),
    onSuccess: () => {
      pushToast('success', t('gallery.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeyTemplates.all });
    },
    onError: (error) => pushToast('error', `${t('gallery.saveFailed')} ${error.message}`),
  });
  return (
    <button
      type="button"
      className="jf-button jf-button-ghost"
      disabled={save.isPending}
      onClick={() => save.mutate()}
    >
      {t('gallery.saveAs')}
    </button>
  );
}
