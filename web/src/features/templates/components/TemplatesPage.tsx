import type { Template } from '@journeyflow/shared/api/templates';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { templateQueryKeys, templatesClient } from '../templatesClient';
import { TemplateEditor } from './TemplateEditor';

type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly id: string };

/** `/templates`: the workspace's message templates and the editor with live preview. */
export function TemplatesPage() {
  const list = useQuery({
    queryKey: templateQueryKeys.list,
    queryFn: ({ signal }) => templatesClient.list(signal),
  });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const items = list.data?.items ?? [];
  const selected: Template | undefined =
    selection.kind === 'edit' ? items.find((t) => t.id === selection.id) : undefined;

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">Templates</h1>
        <button
          type="button"
          className="jf-button jf-button-primary"
          onClick={() => setSelection({ kind: 'new' })}
        >
          New template
        </button>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) minmax(0, 3fr)', gap: 16 }}>
        <div>
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.isError ? (
            <p className="jf-error-text">{list.error.message}</p>
          ) : items.length === 0 ? (
            <div className="jf-empty">
              <p>No templates yet.</p>
            </div>
          ) : (
            <table className="jf-table jf-table-compact">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Channel</th>
                  <th>Purpose</th>
                </tr>
              </thead>
              <tbody>
                {items.map((t) => (
                  <tr key={t.id} aria-selected={selection.kind === 'edit' && selection.id === t.id}>
                    <td>
                      <button
                        type="button"
                        className="jf-link-button"
                        onClick={() => setSelection({ kind: 'edit', id: t.id })}
                      >
                        {t.name}
                      </button>
                    </td>
                    <td>{t.channel}</td>
                    <td>
                      <span className={`jf-badge purpose-${t.purpose}`}>
                        {t.purpose === 'ad' ? '광고' : 'info'}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          {selection.kind === 'new' ? (
            <TemplateEditor
              key="new"
              onSaved={(t) => setSelection({ kind: 'edit', id: t.id })}
              onDeleted={() => setSelection({ kind: 'none' })}
            />
          ) : selected ? (
            <TemplateEditor
              key={`${selected.id}:${selected.updatedAt}`}
              template={selected}
              onSaved={(t) => setSelection({ kind: 'edit', id: t.id })}
              onDeleted={() => setSelection({ kind: 'none' })}
            />
          ) : (
            <div className="jf-empty">
              <p>Pick a template or create one. The preview renders for a sample customer while you type.</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
