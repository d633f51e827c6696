import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { workspaceSettingsApi } from '../../../api/workspaceSettingsApi';
import { formatKrw } from '../../../components/formatKrw';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { sendNodeCosts } from '../sendNodeCosts';

/**
 * The publish dialog's cost table: what one message of each send step costs at the workspace's prices
 * (the dry run tells no audience size, so the figure is per message, labelled as such).
 */
export function PublishCostEstimate({ graph }: { readonly graph: DraftJourneyGraph }) {
  const t = useT();
  const prices = useQuery({
    queryKey: queryKeys.settings.prices,
    queryFn: ({ signal }) => workspaceSettingsApi.prices(signal),
  });
  const usesTemplates = graph.nodes.some((node) => node.type === 'send' && node.settings.templateId);
  const templates = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
    enabled: usesTemplates,
  });
  if (!graph.nodes.some((node) => node.type === 'send')) return null;
  if (prices.isPending || (usesTemplates && templates.isPending))
    return <p className="jf-hint">{t('common.loading')}</p>;
  const costs = sendNodeCosts(graph, templates.data?.items ?? [], prices.data ?? {});
  return (
    <section className="jf-field" aria-label={t('cost.title')} data-testid="publish-cost">
      <h3 className="jf-label">{t('cost.title')}</h3>
      <table className="jf-table jf-table-compact">
        <thead>
          <tr>
            <th scope="col">{t('cost.step')}</th>
            <th scope="col">{t('cost.channel')}</th>
            <th scope="col">{t('cost.type')}</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t('cost.perMessage')}
            </th>
          </tr>
        </thead>
        <tbody>
          {costs.map((cost) => (
            <tr key={cost.nodeId} data-testid={`publish-cost-${cost.nodeId}`}>
              <td>{cost.label}</td>
              <td>{t(`cfg.channel.${cost.channel}` as MessageKey)}</td>
              <td>{cost.estimate?.type ?? '—'}</td>
              <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                {cost.estimate === null
                  ? t('cost.unknown')
                  : cost.estimate.type === null
                    ? t('cost.notBilled')
                    : formatKrw(cost.estimate.unitPrice)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="jf-hint">{t('cost.hint')}</p>
    </section>
  );
}
