import type { JourneyReport } from '@journeyflow/shared/api/stats';
import { useT } from '../../../i18n/useT';

/** Per send node with tracked links: unique and all clicks, and the unique click rate per message. */
export function LinkClicksCard({ clicks }: { readonly clicks: NonNullable<JourneyReport['clicks']> }) {
  const t = useT();
  return (
    <div className="jf-chart-card" data-testid="dashboard-clicks">
      <h2>{t('links.reportTitle')}</h2>
      <table className="jf-table jf-table-compact">
        <thead>
          <tr>
            <th>{t('links.reportNode')}</th>
            <th>{t('links.reportMessages')}</th>
            <th>{t('links.reportUnique')}</th>
            <th>{t('links.reportTotal')}</th>
            <th>{t('links.clickRate')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(clicks).map(([node, c]) => (
            <tr key={node} data-testid={`dashboard-clicks-${node}`}>
              <td>{node}</td>
              <td>{c.messages.toLocaleString()}</td>
              <td>{c.unique.toLocaleString()}</td>
              <td>{c.total.toLocaleString()}</td>
              <td>{`${(c.rate * 100).toFixed(1)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
