import type { Template } from '@journeyflow/shared/api/templates';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { templatesApi } from '../../../api/templatesApi';
import { DataTable } from '../../../components/DataTable';
import { LinkButton } from '../../../components/LinkButton';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useT } from '../../../i18n/useT';
import { TemplateEditor } from './TemplateEditor';
import { TemplateHistory } from './TemplateHistory';
import '../templates.css';
import { EmptyState } from '../../../components/EmptyState';

type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly id: string };

/** `/templates`: the workspace's message templates and the editor with live preview. */
export function TemplatesPage() {
  const t = useT();
  const list = useQuery({
    queryKey: queryKeys.templates.list,
    queryFn: ({ signal }) => templatesApi.list(signal),
  });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [tab, setTab] = useState<'edit' | 'history'>('edit');
  const items = list.data?.items ?? [];
  const selected: Template | undefined =
    selection.kind === 'edit' ? items.find((item) => item.id === selection.id) : undefined;

  return (
    <div className="jf-page">
      <PageHead title={t('tpl.title')}>
        <button
          type="button"
          className="jf-button jf-button-primary"
          onClick={() => setSelection({ kind: 'new' })}
        >
          {t('tpl.new')}
        </button>
      </PageHead>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) minmax(0, 3fr)', gap: 16 }}>
        <div>
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.isError ? (
            <p className="jf-error-text">{list.error.message}</p>
          ) : items.length === 0 ? (
            <EmptyState body={t('tpl.empty')} />
          ) : (
            <DataTable
              columns={[t('tpl.col.name'), t('tpl.col.channel'), t('tpl.col.purpose')]}
              variant="jf-table-compact"
            >
              {items.map((item) => (
                <tr key={item.id} aria-selected={selection.kind === 'edit' && selection.id === item.id}>
                  <td>
                    <LinkButton onClick={() => setSelection({ kind: 'edit', id: item.id })}>
                      {item.name}
                    </LinkButton>
                  </td>
                  <td>{t(`cfg.channel.${item.channel}`)}</td>
                  <td>
                    <span className={`jf-badge purpose-${item.purpose}`}>
                      {t(item.purpose === 'ad' ? 'tpl.badge.ad' : 'tpl.badge.info')}
                    </span>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
        <div>
          {selection.kind === 'new' ? (
            <TemplateEditor
              key="new"
              onSaved={(saved) => setSelection({ kind: 'edit', id: saved.id })}
              onDeleted={() => setSelection({ kind: 'none' })}
            />
          ) : selected ? (
            <>
              <div className="jf-tabs" role="tablist">
                {(['edit', 'history'] as const).map((name) => (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    aria-selected={tab === name}
                    className={`jf-tab${tab === name ? ' is-active' : ''}`}
                    onClick={() => setTab(name)}
                  >
                    {t(name === 'edit' ? 'tplHistory.tabEdit' : 'tplHistory.tab')}
                  </button>
                ))}
              </div>
              {tab === 'history' ? (
                <TemplateHistory key={`${selected.id}:${selected.updatedAt}`} template={selected} />
              ) : (
                <TemplateEditor
                  key={`${selected.id}:${selected.updatedAt}`}
                  template={selected}
                  onSaved={(saved) => setSelection({ kind: 'edit', id: saved.id })}
                  onDeleted={() => setSelection({ kind: 'none' })}
                />
              )}
            </>
          ) : (
            <EmptyState body={t('tpl.pick')} />
          )}
        </div>
      </div>
    </div>
  );
}
