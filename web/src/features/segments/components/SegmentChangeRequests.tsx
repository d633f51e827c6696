import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { segmentsClient } from '../segmentsClient';

const decisions = ['approve', 'reject'] as const;
type Decision = (typeof decisions)[number];

/**
 * Segment edits held for review because live journeys use the segment. Reviewers other than the requester
 * apply or drop them; everyone sees that they wait. Renders nothing when none wait.
 */
export function SegmentChangeRequests() {
  const t = useT();
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
  const requests = useQuery({
    queryKey: queryKeys.segments.changeRequests,
    queryFn: ({ signal }) => segmentsClient.changeRequests(signal),
  });
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) =>
      segmentsClient.decideChange(id, decision),
    onSuccess: async (_, { decision }) => {
      pushToast('success', t(decision === 'approve' ? 'segments.change.applied' : 'segments.change.dropped'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.all });
    },
    onError: (error) => pushToast('error', error.message),
  });
  const items = requests.data?.items ?? [];
  if (items.length === 0) return null;
  const canDecide = user?.role === 'reviewer' || user?.role === 'admin';
  return (
    <section
      className="jf-card"
      aria-label={t('segments.change.title')}
      data-testid="segment-change-requests"
    >
      <h2 className="jf-subtitle">{t('segments.change.title')}</h2>
      <ul className="jf-change-list">
        {items.map((request) => (
          <li key={request.id}>
            <strong>{request.segmentName}</strong> — <code>{JSON.stringify(request.change.condition)}</code>
            {canDecide && request.requestedBy !== user?.id ? (
              <span className="jf-row">
                {decisions.map((decision) => (
                  <button
                    key={decision}
                    type="button"
                    className={decision === 'approve' ? 'jf-button jf-button-primary' : 'jf-button'}
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: request.id, decision })}
                  >
                    {t(`segments.change.${decision}`)}
                  </button>
                ))}
              </span>
            ) : (
              <span className="jf-hint"> {t('segments.change.waiting')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
