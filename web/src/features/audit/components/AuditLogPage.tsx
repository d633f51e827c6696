import { auditEntityTypeSchema, type WorkspaceAuditEntry } from '@journeyflow/shared/api/audit';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { cursorPaging } from '../../../api/pageQuery';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { LoadError } from '../../../components/LoadError';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { PagingFooter } from '../../../components/PagingFooter';
import { en, type MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { SettingsSectionHead } from '../../settings/components/SettingsSectionHead';
import { auditClient } from '../auditClient';
import { type AuditFilters, emptyAuditFilters } from '../auditQuery';

const entityKey = (type: string) => `audit.entity.${type}` as MessageKey;

/** The action's words in the reader's language; an action this build does not know shows as its code. */
const actionText = (t: (key: MessageKey) => string, action: string): string => {
  const key = `audit.action.${action}`;
  return key in en ? t(key as MessageKey) : action;
};

function ChangeCell({ entry }: { readonly entry: WorkspaceAuditEntry }) {
  const t = useT();
  const parts = {
    ...(entry.before === undefined ? {} : { before: entry.before }),
    ...(entry.after === undefined ? {} : { after: entry.after }),
    ...(Object.keys(entry.details).length > 0 ? { details: entry.details } : {}),
  };
  if (Object.keys(parts).length === 0) return <span className="jf-hint">—</span>;
  return (
    <details>
      <summary>{t('audit.showChange')}</summary>
      <pre className="jf-audit-json">{JSON.stringify(parts, null, 2)}</pre>
    </details>
  );
}

/** Settings → Audit log: the workspace's trail with filters, paging and a CSV export (admins only). */
export function AuditLogPage() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const [draft, setDraft] = useState<AuditFilters>(emptyAuditFilters);
  const [filters, setFilters] = useState<AuditFilters>(emptyAuditFilters);
  const ids = { entity: useId(), entityId: useId(), actor: useId(), from: useId(), to: useId() };
  const audit = useInfiniteQuery({
    queryKey: queryKeys.audit.list(filters),
    queryFn: ({ pageParam, signal }) => auditClient.page(filters, pageParam, signal),
    ...cursorPaging,
    enabled: isAdmin,
  });
  const format = (iso: string) =>
    new Date(iso).toLocaleString(t('intl.locale'), {
      dateStyle: 'short',
      timeStyle: 'medium',
    });

  if (!isAdmin) {
    return (
      <>
        <SettingsSectionHead title={t('audit.title')} />
        <p className="jf-banner">{t('audit.adminOnly')}</p>
      </>
    );
  }
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const field = (key: keyof AuditFilters) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });

  return (
    <>
      <SettingsSectionHead
        title={t('audit.title')}
        hint={t('audit.hint')}
        actions={
          <a className="jf-button" href={auditClient.exportUrl(filters)} download="audit.csv">
            {t('audit.export')}
          </a>
        }
      />
      <form
        className="jf-row jf-audit-filters"
        aria-label={t('audit.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <div className="jf-field">
          <label className="jf-label" htmlFor={ids.entity}>
            {t('audit.filter.entity')}
          </label>
          <select id={ids.entity} className="jf-input" {...field('entityType')}>
            <option value="">{t('audit.entity.all')}</option>
            {auditEntityTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(entityKey(type))}
              </option>
            ))}
          </select>
        </div>
        <div className="jf-field">
          <label className="jf-label" htmlFor={ids.entityId}>
            {t('audit.filter.entityId')}
          </label>
          <input id={ids.entityId} className="jf-input" disabled={!draft.entityType} {...field('entityId')} />
        </div>
        <div className="jf-field">
          <label className="jf-label" htmlFor={ids.actor}>
            {t('audit.filter.actor')}
          </label>
          <input id={ids.actor} className="jf-input" {...field('actor')} />
        </div>
        <div className="jf-field">
          <label className="jf-label" htmlFor={ids.from}>
            {t('audit.filter.from')}
          </label>
          <input id={ids.from} type="datetime-local" className="jf-input" {...field('from')} />
        </div>
        <div className="jf-field">
          <label className="jf-label" htmlFor={ids.to}>
            {t('audit.filter.to')}
          </label>
          <input id={ids.to} type="datetime-local" className="jf-input" {...field('to')} />
        </div>
        <button type="submit" className="jf-button jf-button-primary">
          {t('audit.filter.apply')}
        </button>
        <button
          type="button"
          className="jf-button"
          onClick={() => {
            setDraft(emptyAuditFilters);
            setFilters(emptyAuditFilters);
          }}
        >
          {t('audit.filter.clear')}
        </button>
      </form>
      {audit.isPending ? (
        <PageSkeleton rows={6} />
      ) : audit.isError ? (
        <LoadError
          alert
          message={t('audit.loadError', { message: audit.error.message })}
          onRetry={() => void audit.refetch()}
        />
      ) : entries.length === 0 ? (
        <EmptyState body={t('audit.empty')} />
      ) : (
        <>
          <DataTable
            columns={[
              t('audit.col.time'),
              t('audit.col.actor'),
              t('audit.col.action'),
              t('audit.col.entity'),
              t('audit.col.change'),
            ]}
            testId="audit-table"
          >
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.createdAt}>{format(entry.createdAt)}</time>
                </td>
                <td>{entry.actorName ?? entry.actorId ?? t('audit.system')}</td>
                <td data-action={entry.action}>{actionText(t, entry.action)}</td>
                <td>
                  {auditEntityTypeSchema.safeParse(entry.entityType).success
                    ? t(entityKey(entry.entityType))
                    : entry.entityType}{' '}
                  <code className="jf-hint">{entry.entityId}</code>
                </td>
                <td>
                  <ChangeCell entry={entry} />
                </td>
              </tr>
            ))}
          </DataTable>
          <PagingFooter query={audit} shown={entries.length} label={t('audit.more')} />
        </>
      )}
    </>
  );
}
