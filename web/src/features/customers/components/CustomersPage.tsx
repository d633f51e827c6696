import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { wonLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { useGradeTierNames } from '../../grades/useGradeTierNames';
import { useDebouncedValue } from '../../segments/useDebouncedValue';
import { useSavedSegments } from '../../segments/useSavedSegments';
import { customerKeys, customersClient } from '../customersClient';
import { daysAgo } from '../daysAgo';
import '../../segments/components/audience.css';
import { ExportButtons } from '../../../components/ExportButtons';

/** `/customers?q=&segmentId=&grade=`: search by external id, name, email or phone; filters live in the URL. */
export function CustomersPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const grade = params.get('grade') ?? '';
  const segmentId = params.get('segmentId') ?? '';
  const grades = useGradeTierNames();
  const { segments } = useSavedSegments();
  const segmentName = segments.find((s) => s.id === segmentId)?.name ?? segmentId;
  const query = useDebouncedValue({ q, grade, segmentId }, 250);
  const list = useQuery({
    queryKey: customerKeys.list(query),
    queryFn: ({ signal }) => customersClient.list(query, signal),
    placeholderData: keepPreviousData,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = q !== '' || grade !== '' || segmentId !== '';

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">{t('page.customers')}</h1>
        <ExportButtons path="/api/customers/export" filters={{ q, grade, segmentId }} />
      </div>
      <div className="jf-row" style={{ marginBottom: 12 }}>
        <input
          className="jf-input jf-search"
          type="search"
          placeholder={t('customers.searchPlaceholder')}
          aria-label={t('customers.search')}
          value={q}
          onChange={(event) => set('q', event.target.value)}
        />
        <select
          className="jf-input"
          style={{ width: 'auto' }}
          aria-label={t('customers.grade')}
          value={grade}
          onChange={(event) => set('grade', event.target.value)}
        >
          <option value="">{t('customers.allGrades')}</option>
          {[...grades, ...(grade && !grades.includes(grade) ? [grade] : [])].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {segmentId && (
          <span className="jf-chip">
            {t('customers.inSegment', { name: segmentName })}{' '}
            <button
              type="button"
              className="jf-icon-button"
              aria-label={t('customers.clearSegment')}
              onClick={() => set('segmentId', '')}
            >
              ×
            </button>
          </span>
        )}
      </div>
      {list.isPending ? (
        <PageSkeleton rows={6} />
      ) : list.isError ? (
        <div className="jf-empty">
          <p className="jf-error-text">{list.error.message}</p>
          <button type="button" className="jf-button" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : list.data.items.length === 0 ? (
        <div className="jf-empty">
          <h2>{filtered ? t('customers.noMatch') : t('customers.emptyTitle')}</h2>
          <p>{filtered ? t('customers.noMatchBody') : t('customers.emptyBody')}</p>
        </div>
      ) : (
        <table className="jf-table" aria-busy={list.isFetching}>
          <thead>
            <tr>
              <th>{t('customers.externalId')}</th>
              <th>{t('customers.name')}</th>
              <th>{t('customers.grade')}</th>
              <th>{t('customers.spend90')}</th>
              <th>{t('customers.lastPurchase')}</th>
              <th>{t('customers.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link className="jf-table-link" to={`/customers/${encodeURIComponent(c.externalId)}`}>
                    {c.externalId}
                  </Link>
                </td>
                <td>{typeof c.attributes.name === 'string' ? c.attributes.name : ''}</td>
                <td>{c.grade ? <span className="jf-badge">{c.grade}</span> : '—'}</td>
                <td className="jf-nowrap">{wonLabel(t, c.rfm.monetary_90d)}</td>
                <td className="jf-nowrap">
                  {c.rfm.recency_days === null ? '—' : daysAgo(t, c.rfm.recency_days)}
                </td>
                <td className="jf-nowrap">{new Date(c.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
