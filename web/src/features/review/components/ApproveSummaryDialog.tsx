import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { ModalProps } from '../../../components/Dialog';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { AdWarningsList } from '../../compliance/AdWarningsList';
import { useAdStepWarnings } from '../../compliance/useAdStepWarnings';
import { useSavedSegments } from '../../conditions/useSavedSegments';
import { approvalSummary } from '../utils/approvalSummary';

/**
 * Approving is a decision about what customers will receive: the dialog sums it up — steps, channels,
 * ad steps, open compliance warnings (which will block publishing) and who can be reached — before the
 * reviewer confirms. The confirm button keeps the accessible name `Approve` (SPEC §8).
 */
export function ApproveSummaryDialog({
  graph,
  pending,
  onConfirm,
  ...modal
}: ModalProps & {
  readonly graph: DraftJourneyGraph;
  readonly pending: boolean;
  readonly onConfirm: () => void;
}) {
  const t = useT();
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    staleTime: 60_000,
    enabled: modal.open,
  });
  const { segments } = useSavedSegments();
  const summary = useMemo(() => approvalSummary(graph, templates.data?.items ?? []), [graph, templates.data]);
  const warnings = useAdStepWarnings(modal.open ? graph : undefined);
  const stepName = (id: string, name?: string) =>
    name ?? graph.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <ConfirmDialog
      {...modal}
      title={t('rw.approve.title')}
      name="Approve"
      caption={t('rw.approve.confirm')}
      disabled={pending}
      onConfirm={onConfirm}
    >
      <div data-testid="approve-summary">
        <p className="jf-hint">{t('rw.approve.intro')}</p>
        <dl className="jf-approve-summary">
          <dt>{t('rw.approve.steps')}</dt>
          <dd>{summary.stepCount}</dd>
          <dt>{t('rw.approve.channels')}</dt>
          <dd data-testid="approve-channels">
            {summary.channels.length === 0
              ? t('rw.approve.noChannels')
              : summary.channels.map((channel) => t(`cfg.channel.${channel}` as MessageKey)).join(', ')}
          </dd>
          <dt>{t('rw.approve.adSteps')}</dt>
          <dd data-testid="approve-ad-steps">
            {summary.adSteps.length === 0
              ? t('rw.approve.noAdSteps')
              : summary.adSteps
                  .map(
                    (step) =>
                      `${stepName(step.nodeId, step.name)} (${t(`cfg.channel.${step.channel}` as MessageKey)})`,
                  )
                  .join(', ')}
          </dd>
          <dt>{t('rw.approve.warnings')}</dt>
          <dd data-testid="approve-warnings">
            {warnings.length === 0 ? (
              t('rw.approve.noWarnings')
            ) : (
              <>
                <AdWarningsList warnings={warnings} />
                <span className="jf-error-text">{t('rw.publish.blocked')}</span>
              </>
            )}
          </dd>
          <dt>{t('rw.approve.reach')}</dt>
          <dd data-testid="approve-reach">
            {summary.reach.length === 0
              ? t('rw.approve.reachOther')
              : summary.reach.map((source, index) => {
                  let text: string;
                  if (source.kind === 'segment') {
                    const segment = segments.find((candidate) => candidate.id === source.segmentId);
                    text = segment
                      ? t('rw.approve.reachCount', {
                          segment: segment.name,
                          count: segment.count.toLocaleString(),
                        })
                      : t('rw.approve.reachOther');
                  } else if (source.kind === 'event')
                    text = t('rw.approve.reachEvent', { event: source.event });
                  else text = t('rw.approve.reachOther');
                  // biome-ignore lint/suspicious/noArrayIndexKey: entry points of one graph, listed in order
                  return <div key={index}>{text}</div>;
                })}
          </dd>
        </dl>
      </div>
    </ConfirmDialog>
  );
}
