import type { CustomerDetail } from '@journeyflow/shared/audience/customerDetail';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { CustomerTraceTimeline } from '../../trace/components/CustomerTraceTimeline';
import { customerKeys, customersClient } from '../customersClient';

const CONSENT_LABEL: Record<CustomerDetail['consentStatus'][number]['state'], string> = {
  valid: 'valid',
  expiring: 'expiring soon',
  expired: 'expired',
  withdrawn: 'withdrawn',
  none: 'not given',
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** `/customers/:externalId`: profile, consent with expiry, grade history, timeline, journeys and messages. */
export function CustomerPage() {
  const { externalId = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery({
    queryKey: customerKeys.detail(externalId),
    queryFn: ({ signal }) => customersClient.get(externalId, signal),
  });
  const erase = useMutation({
    mutationFn: () => customersClient.erase(externalId),
    onSuccess: () => navigate('/customers'),
  });
  if (detail.isPending) return <PageSkeleton rows={8} />;
  if (detail.isError) return <p className="jf-error-text">{detail.error.message}</p>;
  const { customer, consentStatus, gradeHistory, recentEvents, journeys, messages, segments } = detail.data;

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">
          {typeof customer.attributes.name === 'string' ? customer.attributes.name : customer.externalId}
        </h1>
        <button
          type="button"
          className="jf-button jf-button-danger"
          onClick={() => {
            if (window.confirm('Erase this customer (privacy request)? Their data and events are deleted.'))
              erase.mutate();
          }}
        >
          Erase customer
        </button>
      </div>
      {erase.isError && <p className="jf-error-text">{erase.error.message}</p>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 }}>
        <section className="jf-card" aria-label="Profile">
          <h2 className="jf-panel-title">Profile</h2>
          <dl>
            <dt>External id</dt>
            <dd>{customer.externalId}</dd>
            <dt>Grade</dt>
            <dd>{customer.grade ?? '—'}</dd>
            <dt>RFM</dt>
            <dd>
              {customer.rfm.recency_days === null
                ? 'no purchase'
                : `last purchase ${customer.rfm.recency_days} days ago`}
              , {customer.rfm.frequency_90d} purchases and {customer.rfm.monetary_90d.toLocaleString()} in 90
              days
            </dd>
            <dt>Timezone · locale</dt>
            <dd>
              {customer.timezone ?? '—'} · {customer.locale ?? '—'}
            </dd>
            {Object.entries(customer.attributes).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
              </div>
            ))}
          </dl>
          {segments && segments.length > 0 && (
            <p className="jf-hint">Segments: {segments.map((s) => s.name).join(', ')}</p>
          )}
        </section>
        <section className="jf-card" aria-label="Consent">
          <h2 className="jf-panel-title">Marketing consent</h2>
          <table className="jf-table jf-table-compact">
            <tbody>
              {consentStatus.map((c) => (
                <tr key={c.channel}>
                  <td>{c.channel}</td>
                  <td>
                    <span className="jf-badge" data-state={c.state}>
                      {CONSENT_LABEL[c.state]}
                    </span>
                  </td>
                  <td>{c.expiresAt ? `until ${new Date(c.expiresAt).toLocaleDateString()}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="jf-card" aria-label="Grade history">
          <h2 className="jf-panel-title">Grade history</h2>
          {gradeHistory.length === 0 ? (
            <p className="jf-hint">No grade changes yet.</p>
          ) : (
            <ul>
              {gradeHistory.map((h) => (
                <li key={`${h.changedAt}-${h.to}`}>
                  {when(h.changedAt)}: {h.from ?? 'none'} → {h.to ?? 'none'} ({h.reason})
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="jf-card" aria-label="Journeys">
          <h2 className="jf-panel-title">Journeys</h2>
          {journeys.length === 0 ? (
            <p className="jf-hint">Not in any journey.</p>
          ) : (
            <ul>
              {journeys.map((j) => (
                <li key={j.runId}>
                  <Link to={`/journeys/${encodeURIComponent(j.journeyId)}`}>{j.journeyName}</Link> v
                  {j.version} · {j.status}
                  {j.currentNodeId ? ` at ${j.currentNodeId}` : ''} · since {when(j.enteredAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="jf-card" aria-label="Journey path">
        <h2 className="jf-panel-title">Journey path and reasons</h2>
        <CustomerTraceTimeline externalId={customer.externalId} />
      </section>
      <section className="jf-card" aria-label="Timeline">
        <h2 className="jf-panel-title">Event timeline</h2>
        {recentEvents.length === 0 ? (
          <p className="jf-hint">No events.</p>
        ) : (
          <table className="jf-table jf-table-compact">
            <tbody>
              {recentEvents.map((e) => (
                <tr key={e.id}>
                  <td>{when(e.timestamp)}</td>
                  <td>{e.name}</td>
                  <td>
                    <code>{JSON.stringify(e.properties)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="jf-card" aria-label="Messages">
        <h2 className="jf-panel-title">Messages</h2>
        {messages.length === 0 ? (
          <p className="jf-hint">No messages.</p>
        ) : (
          <table className="jf-table jf-table-compact">
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td>{when(m.createdAt)}</td>
                  <td>{m.channel}</td>
                  <td>{m.purpose}</td>
                  <td>{m.status}</td>
                  <td>{m.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
