import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../api/insightApi';
import { waitingText } from '../utils/runText';

/** Why the customers on a node wait, one line per reason and wake-up time ("방해 금지 시간으로 08:00까지 대기 19명"). */
export function WaitingReasonsList({
  journeyId,
  nodeId,
}: {
  readonly journeyId: string;
  readonly nodeId: string;
}) {
  const t = useT();
  const waiting = useQuery({
    queryKey: queryKeys.insights.waiting(journeyId, nodeId),
    queryFn: ({ signal }) => insightApi.waiting(journeyId, nodeId, signal),
    refetchInterval: 10_000,
  });
  const groups = waiting.data?.groups ?? [];
  if (groups.length === 0) return null;
  const today = groups.find((g) => g.day)?.day ?? '';
  return (
    <ul className="jf-run-list" data-testid="live-waiting-reasons">
      {groups.map((group) => (
        <li key={`${group.code}:${group.day}:${group.until}:${group.event}`}>
          <span>{waitingText(t, group, today)}</span>
        </li>
      ))}
    </ul>
  );
}
