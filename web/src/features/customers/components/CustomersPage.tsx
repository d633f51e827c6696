import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { cursorPaging } from '../../../api/pageQuery';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { PagingFooter } from '../../../components/PagingFooter';
import { SearchInput } from '../../../components/SearchInput';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useGradeTierNames } from '../../conditions/useGradeTierNames';
import { useSavedSegments } from '../../conditions/useSavedSegments';
import { useDebouncedValue } from '../../segments/useDebouncedValue';
import { customerColumns, loadShownColumns, saveShownColumns } from '../customerColumns';
import { customersClient } from '../customersClient';
import '../../segments/components/audience.css';
import { EmptyState } from '../../../components/EmptyState';
import { ExportButtons } from '../../../components/ExportButtons';
import { LoadError } from '../../../components/LoadError';

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
  const list = useInfiniteQuery({
    queryKey: queryKeys.customers.pages(query),
    queryFn: ({ pageParam, signal }) => customersClient.page(query, pageParam, signal),
    ...cursorPaging,
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const role = useCurrentUser().user?.role ?? 'marketer';
  const [shown, setShown] = useState(loadShownColumns);
  const columns = customerColumns.filter((c) => shown.includes(c.key));
  const toggleColumn = (key: string) => {
    const next = shown.includes(key) ? shown.filter((k) => k !== key) : [...shown, key];
    setShown(next);
    saveShownColumns(next);
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filtered = q !== '' || grade !== '' || segmentId !== '';

  return (
    <div className="jf-page">
      <PageHead title={t('page.customers')}>
        <ExportButtons path="/api/customers/export" filters={{ q, grade, segmentId }} />
      </PageHead>
      <div className="jf-row" style={{ marginBottom: 12 }}>
        <SearchInput
          label={t('customers.search')}
          placeholder={t('customers.searchPlaceholder')}
          value={q}
          onChange={(text) => set('q', text)}
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
        <details className="jf-column-picker">
          <summary className="jf-button">{t('customers.columns')}</summary>
          <fieldset className="jf-column-picker-menu" aria-label={t('customers.columns')}>
            {customerColumns.map((c) => (
              <label key={c.key} style={{ display: 'block' }}>
                <input type="checkbox" checked={shown.includes(c.key)} onChange={() => toggleColumn(c.key)} />{' '}
                {t(c.label)}
              </label>
            ))}
          </fieldset>
        </details>
      </div>
      {list.isPending ? (
        <PageSkeleton rows={6} />
      ) : list.isError ? (
        <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={filtered ? t('customers.noMatch') : t('customers.emptyTitle')}
          body={filtered ? t('customers.noMatchBody') : t('customers.emptyBody')}
        />
      ) : (
        <>
          <DataTable
            columns={[t('customers.externalId'), ...columns.map((c) => t(c.label))]}
            testId="customers-table"
            aria-busy={list.isFetching}
          >
            {items.map((customer) => (
              <tr key={customer.id}>
                <td>
                  <Link
                    className="jf-table-link"
                    to={`/customers/${encodeURIComponent(customer.externalId)}`}
                  >
                    {customer.externalId}
                  </Link>
                </td>
                {columns.map((c) => (
                  <td key={c.key} className="jf-nowrap">
                    {c.cell(customer, { t, role })}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
          <PagingFooter query={list} shown={items.length} />
        </>
      )}
    </div>
  );
}
