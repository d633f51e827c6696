import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { AuditList } from './AuditList';
import { ReadOnlyJourneyCanvas } from './ReadOnlyJourneyCanvas';
import { VersionList } from './VersionList';
import '../../editor/editor.css';
import '../review.css';

/** `/journeys/:id/versions/:version`: an immutable published version, read-only. */
export function VersionPage() {
  const { id = '', version: versionParam = '' } = useParams();
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const number = Number(versionParam);
  const version = useQuery({
    queryKey: queryKeys.journeys.version(id, number),
    queryFn: ({ signal }) => journeysApi.version(id, number, signal),
    enabled: Number.isInteger(number) && number > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (version.isLoading) return <PageSkeleton rows={8} />;
  if (!version.data)
    return <div className="jf-page jf-error-text">{version.error?.message ?? t('page.notFound')}</div>;
  const data = version.data;
  return (
    <div className="jf-review" data-testid="version-page">
      <div className="jf-editor-toolbar">
        <Link to={`/journeys/${id}/review`} className="jf-back" aria-label={t('review.title')}>
          ←
        </Link>
        <h1 className="jf-editor-title">
          {data.name} · {t('review.version')} {data.version}
        </h1>
        <span className="jf-badge">{t('editor.readOnly')}</span>
        <span className="jf-hint">
          {data.publishedByName ?? data.publishedBy} · {new Date(data.publishedAt).toLocaleString(locale)}
        </span>
        <div className="jf-toolbar-group jf-toolbar-end">
          <Link to={`/journeys/${id}`} className="jf-button jf-button-ghost">
            {t('review.editor')}
          </Link>
        </div>
      </div>
      <div className="jf-review-body">
        <ReadOnlyJourneyCanvas graph={data.graph} />
        <aside className="jf-side jf-review-side">
          {data.comment && <p className="jf-panel">{data.comment}</p>}
          <VersionList journeyId={id} current={data.version} />
          <AuditList journeyId={id} />
        </aside>
      </div>
    </div>
  );
}
