import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { segmentsClient } from '../../segments/segmentsClient';
import { SettingsSectionHead } from '../../settings/components/SettingsSectionHead';
import { useSaveSettings } from '../../settings/hooks/useSaveSettings';

/** Settings → Review: whether segment edits that touch live journeys wait for a reviewer (admins change it). */
export function ReviewSettingsTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const settings = useQuery({
    queryKey: queryKeys.segments.reviewSettings,
    queryFn: ({ signal }) => segmentsClient.reviewSettings(signal),
  });
  const save = useSaveSettings(
    queryKeys.segments.reviewSettings,
    (on: boolean) => segmentsClient.saveReviewSettings({ segmentEditsNeedApproval: on }),
    { onError: (error) => pushToast('error', error.message) },
  );
  if (settings.isPending) return <PageSkeleton rows={2} />;
  if (settings.isError) return <p className="jf-error-text">{settings.error.message}</p>;
  return (
    <>
      <SettingsSectionHead title={t('review.settings.title')} hint={t('review.settings.hint')} />
      {!isAdmin && <p className="jf-banner">{t('cfg.adminOnly')}</p>}
      <label className="jf-checkbox">
        <input
          type="checkbox"
          checked={settings.data.segmentEditsNeedApproval}
          disabled={!isAdmin || save.isPending}
          onChange={(event) => save.mutate(event.target.checked)}
        />
        {t('review.settings.segmentApproval')}
      </label>
    </>
  );
}
