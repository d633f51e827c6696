import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useDebouncedValue } from '../../segments/useDebouncedValue';
import { customerKeys, customersClient } from '../customersClient';

/** `/customers?q=&segmentId=&grade=`: search by external id, name, email or phone; filters live in the URL. */
export function CustomersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const grade = params.get('grade') ?? '';
  const segmentId = params.get('segmentId') ?? '';
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

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">Customers</h1>
      </div>
      <div className="jf-row">
        <input
          className="jf-input jf-search"
          type="search"
          placeholder="Search id, name, email, phone"
          aria-label="Search customers"
          value={q}
          onChange={(event) => set('q', event.target.value)}
        />
        <input
          className="jf-input"
          placeholder="Grade"
          aria-label="Grade"
          value={grade}
          onChange={(event) => set('grade', event.target.value)}
        />
        {segmentId && (
          <span className="jf-chip">
            Segment {segmentId}{' '}
            <button
              type="button"
              className="jf-icon-button"
              aria-label="Clear segment"
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
        <p className="jf-error-text">{list.error.message}</p>
      ) : list.data.items.length === 0 ? (
        <div className="jf-empty">
          <p>No customers match.</p>
        </div>
      ) : (
        <table className="jf-table">
          <thead>
            <tr>
              <th>External id</th>
              <th>Name</th>
              <th>Grade</th>
              <th>90-day spend</th>
              <th>Last purchase</th>
              <th>Updated</th>
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
                <td>{c.grade ?? '—'}</td>
                <td>{c.rfm.monetary_90d.toLocaleString()}</td>
                <td>{c.rfm.recency_days === null ? '—' : `${c.rfm.recency_days} days ago`}</td>
                <td>{new Date(c.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
