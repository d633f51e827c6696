import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';

/** Published versions, each opening its read-only view. */
export function VersionList({
  journeyId,
  current,
}: {
  readonly journeyId: string;
  readonly current?: number;
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const versions = useQuery({
    queryKey: queryKeys.journeys.versions(journeyId),
    queryFn: ({ signal }) => journeysApi.versions(journeyId, signal),
  });
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);
  if (items.length === 0) return null;
  return (
    <section className="jf-panel" data-testid="version-list">
      <h2 className="jf-panel-title">{t('review.versions')}</h2>
      <ul className="jf-version-list">
        {items.map((version) => (
          <li key={version.version} className={version.version === current ? 'is-current' : ''}>
            <Link to={`/journeys/${journeyId}/versions/${version.version}`}>
              {t('review.version')} {version.version}
            </Link>{' '}
            <span className="jf-hint">
              {version.publishedByName ?? version.publishedBy} ·{' '}
              {new Date(version.publishedAt).toLocaleString(locale)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
