import type { CustomerDetail } from '@journeyflow/shared/audience/customerDetail';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { pushToast } from '../../../components/toastStore';
import { zonedTime } from '../../../components/zonedTime';
import type { MessageKey } from '../../../i18n/dictionary';
import {
  attributeLabel,
  channelLabel,
  consentLabel,
  gradeReasonLabel,
  messageStatusLabel,
  purposeLabel,
  runStatusLabel,
  wonLabel,
} from '../../../i18n/labels';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { messageReasonText } from '../../messages/messageReasonText';
import { CustomerTraceTimeline } from '../../trace/components/CustomerTraceTimeline';
import { customersClient } from '../customersClient';
import { daysAgo } from '../daysAgo';
import '../../segments/components/audience.css';
import { PredictedPurchase } from './PredictedPurchase';

const CONSENT_LABEL: Record<CustomerDetail['consentStatus'][number]['state'], MessageKey> = {
  valid: 'customer.consentValid',
  expiring: 'customer.consentExpiring',
  expired: 'customer.consentExpired',
  withdrawn: 'customer.consentWithdrawn',
  none: 'customer.consentNone',
};

/** `/customers/:externalId`: profile, consent with expiry, grade history, timeline, journeys and messages. */
export function CustomerPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const { externalId = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery({
    queryKey: queryKeys.customers.detail(externalId),
    queryFn: ({ signal }) => customersClient.get(externalId, signal),
  });
  const erase = useMutation({
    mutationFn: () => customersClient.erase(externalId),
    onSuccess: () => {
      pushToast('success', t('customer.erased'));
      void navigate('/customers');
    },
    onError: (error) => pushToast('error', error.message),
  });
  if (detail.isPending) return <PageSkeleton rows={8} />;
  if (detail.isError)
    return (
      <div className="jf-page">
        <div className="jf-empty">
          <h2>{detail.error.message}</h2>
          <Link className="jf-button" to="/customers">
            {t('customer.back')}
          </Link>
        </div>
      </div>
    );
  const { customer, consentStatus, gradeHistory, recentEvents, journeys, messages, segments } = detail.data;
  const name = typeof customer.attributes.name === 'string' ? customer.attributes.name : null;
  // Times in the reader's language and the customer's own timezone (the one their journeys wait in).
  const when = (iso: string | null) => (iso ? zonedTime(iso, locale, customer.timezone ?? undefined) : '—');

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <div>
          <Link to="/customers" className="jf-hint">
            ← {t('page.customers')}
          </Link>
          <h1 className="jf-page-title">
            {name ?? customer.externalId}{' '}
            {customer.grade && <span className="jf-badge">{customer.grade}</span>}
          </h1>
        </div>
        <button
          type="button"
          className="jf-button jf-button-danger"
          disabled={erase.isPending}
          onClick={() => {
            if (window.confirm(t('customer.eraseConfirm'))) erase.mutate();
          }}
        >
          {t('customer.erase')}
        </button>
      </div>
      <div className="jf-customer-grid">
        <section className="jf-card jf-profile-card" aria-label={t('customer.profile')}>
          <h2 className="jf-panel-title">{t('customer.profile')}</h2>
          <dl className="jf-profile">
            <dt>{t('customers.externalId')}</dt>
            <dd>{customer.externalId}</dd>
            <dt>{t('customers.grade')}</dt>
            <dd>{customer.grade ?? '—'}</dd>
            <dt>RFM</dt>
            <dd>
              {customer.rfm.recency_days === null
                ? t('customer.noPurchase')
                : daysAgo(t, customer.rfm.recency_days)}
              {' · '}
              {t('customer.rfm90', {
                count: customer.rfm.frequency_90d,
                amount: wonLabel(t, customer.rfm.monetary_90d),
              })}
            </dd>
            <PredictedPurchase predicted={customer.attributes.predicted} />
            <dt>{t('customer.timezoneLocale')}</dt>
            <dd>
              {customer.timezone ?? '—'} · {customer.locale ?? '—'}
            </dd>
            {Object.entries(customer.attributes)
              .filter(([key]) => key !== 'predicted')
              .map(([key, value]) => (
                <div key={key} style={{ display: 'contents' }}>
                  <dt>{attributeLabel(t, key)}</dt>
                  <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
                </div>
              ))}
            <dt>{t('page.segments')}</dt>
            <dd>
              {segments && segments.length > 0 ? segments.map((s) => s.name).join(', ') : t('common.none')}
            </dd>
          </dl>
        </section>
        <section className="jf-card" aria-label={t('customer.consent')}>
          <h2 className="jf-panel-title">{t('customer.consent')}</h2>
          <table className="jf-table jf-table-compact">
            <tbody>
              {consentStatus.map((c) => (
                <tr key={c.channel}>
                  <td>{consentLabel(t, c.channel)}</td>
                  <td>
                    <span className="jf-badge" data-state={c.state}>
                      {t(CONSENT_LABEL[c.state])}
                    </span>
                  </td>
                  <td className="jf-hint">
                    {c.expiresAt
                      ? t('customer.consentUntil', { date: new Date(c.expiresAt).toLocaleDateString() })
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="jf-card" aria-label={t('customer.gradeHistory')}>
          <h2 className="jf-panel-title">{t('customer.gradeHistory')}</h2>
          {gradeHistory.length === 0 ? (
            <p className="jf-hint">{t('customer.noGradeChanges')}</p>
          ) : (
            <ul className="jf-grade-history">
              {gradeHistory.map((h) => (
                <li key={`${h.changedAt}-${h.to}`}>
                  <span className="jf-badge">{h.from ?? '—'}</span> →{' '}
                  <span className="jf-badge">{h.to ?? '—'}</span>{' '}
                  <span className="jf-hint">
                    {when(h.changedAt)} · {gradeReasonLabel(t, h.reason)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="jf-card" aria-label={t('customer.journeys')}>
          <h2 className="jf-panel-title">{t('customer.journeys')}</h2>
          {journeys.length === 0 ? (
            <p className="jf-hint">{t('customer.noJourneys')}</p>
          ) : (
            <ul className="jf-grade-history">
              {journeys.map((j) => (
                <li key={j.runId}>
                  <Link to={`/journeys/${encodeURIComponent(j.journeyId)}`}>{j.journeyName}</Link>{' '}
                  <span className="jf-hint">
                    v{j.version} · {runStatusLabel(t, j.status)} · {when(j.enteredAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="jf-card jf-section-gap" aria-label={t('customer.path')}>
        <h2 className="jf-panel-title">{t('customer.path')}</h2>
        <CustomerTraceTimeline externalId={customer.externalId} />
      </section>
      <section className="jf-card" aria-label={t('customer.timeline')}>
        <h2 className="jf-panel-title">{t('customer.timeline')}</h2>
        {recentEvents.length === 0 ? (
          <p className="jf-hint">{t('customer.noEvents')}</p>
        ) : (
          <table className="jf-table jf-table-compact">
            <tbody>
              {recentEvents.map((e) => (
                <tr key={e.id}>
                  <td className="jf-nowrap">{when(e.timestamp)}</td>
                  <td className="jf-nowrap">{e.name}</td>
                  <td>
                    <code className="jf-props">{JSON.stringify(e.properties)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="jf-card" aria-label={t('customer.messages')}>
        <h2 className="jf-panel-title">{t('customer.messages')}</h2>
        {messages.length === 0 ? (
          <p className="jf-hint">{t('customer.noMessages')}</p>
        ) : (
          <DataTable
            columns={[
              t('customer.sentAt'),
              t('customer.channel'),
              t('customer.purpose'),
              t('customer.status'),
              t('customer.reason'),
            ]}
            variant="jf-table-compact"
          >
            {messages.map((m) => (
              <tr key={m.id}>
                <td className="jf-nowrap">{when(m.createdAt)}</td>
                <td>{channelLabel(t, m.channel)}</td>
                <td>{purposeLabel(t, m.purpose)}</td>
                <td>{messageStatusLabel(t, m.status)}</td>
                <td>{messageReasonText(t, m.reason)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
