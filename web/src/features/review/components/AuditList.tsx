import { useQuery } from '@tanstack/react-query';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { formatRelativeTime } from '../../../components/formatRelativeTime';
import { en, type MessageKey } from '../../../i18n/dictionary';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';

/** Who did what and when (SPEC §3 audit log), newest first. */
export function AuditList({ journeyId }: { readonly journeyId: string }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const audit = useQuery({
    queryKey: queryKeys.journeys.audit(journeyId),
    queryFn: ({ signal }) => journeysApi.audit(journeyId, signal),
  });
  const items = [...(audit.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="jf-panel" data-testid="audit-list">
      <h2 className="jf-panel-title">{t('review.audit')}</h2>
      {audit.isLoading && <div className="jf-skeleton jf-skeleton-row" />}
      <ol className="jf-audit">
        {items.map((entry) => (
          <li key={entry.id}>
            <span className={`jf-audit-action action-${entry.action}`}>
              {`history.${entry.action}` in en ? t(`history.${entry.action}` as MessageKey) : entry.action}
            </span>{' '}
            <strong>{entry.actorName ?? entry.actorId}</strong>{' '}
            <span className="jf-hint" title={new Date(entry.createdAt).toLocaleString(locale)}>
              {formatRelativeTime(entry.createdAt, locale)}
            </span>
            {entry.comment && <div className="jf-audit-comment">“{entry.comment}”</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
