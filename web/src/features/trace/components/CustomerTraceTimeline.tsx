import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../../live/api/insightApi';
import { TraceTimeline } from './TraceTimeline';

/** `GET /api/customers/:externalId/trace` as a timeline, optionally for one journey. */
export function CustomerTraceTimeline({
  externalId,
  journeyId,
}: {
  readonly externalId: string;
  readonly journeyId?: string;
}) {
  const t = useT();
  const trace = useQuery({
    queryKey: queryKeys.insights.trace(externalId, journeyId),
    queryFn: ({ signal }) => insightApi.trace(externalId, journeyId, signal),
    refetchInterval: 5000,
  });
  if (trace.isLoading) return <p className="jf-hint">{t('common.loading')}</p>;
  if (trace.error) return <p className="jf-error-text">{trace.error.message}</p>;
  return <TraceTimeline entries={trace.data?.items ?? []} />;
}
