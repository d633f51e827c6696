import type { Segment } from '@journeyflow/shared/api/segments';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { segmentKeys, segmentsClient } from '../segmentsClient';
import { SegmentBuilder } from './SegmentBuilder';
import { SegmentImport } from './SegmentImport';

type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new-dynamic' }
  | { readonly kind: 'edit'; readonly id: string };

/** `/segments`: saved audiences with member counts, the visual builder with live count, and CSV import. */
export function SegmentsPage() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: segmentKeys.list, queryFn: ({ signal }) => segmentsClient.list(signal) });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const items = list.data?.items ?? [];
  const selected: Segment | undefined =
    selection.kind === 'edit' ? items.find((s) => s.id === selection.id) : undefined;
  const createStatic = useMutation({
    mutationFn: (name: string) => segmentsClient.create({ name, type: 'static' }),
    onSuccess: async (segment) => {
      await queryClient.invalidateQueries({ queryKey: segmentKeys.list });
      setSelection({ kind: 'edit', id: segment.id });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => segmentsClient.remove(id),
    onSuccess: async () => {
      setSelection({ kind: 'none' });
      await queryClient.invalidateQueries({ queryKey: segmentKeys.list });
    },
  });

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">Segments</h1>
        <div className="jf-row">
          <button
            type="button"
            className="jf-button jf-button-primary"
            onClick={() => setSelection({ kind: 'new-dynamic' })}
          >
            New segment
          </button>
          <button
            type="button"
            className="jf-button"
            onClick={() => {
              const name = window.prompt('Name of the imported audience');
              if (name?.trim()) createStatic.mutate(name.trim());
            }}
          >
            Import audience
          </button>
        </div>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) minmax(0, 2fr)', gap: 16 }}>
        <div>
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.isError ? (
            <p className="jf-error-text">{list.error.message}</p>
          ) : items.length === 0 ? (
            <div className="jf-empty">
              <p>No segments yet.</p>
            </div>
          ) : (
            <table className="jf-table jf-table-compact">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Type</th>
                  <th>Members</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id} aria-selected={selection.kind === 'edit' && selection.id === s.id}>
                    <td>
                      <button
                        type="button"
                        className="jf-link-button"
                        onClick={() => setSelection({ kind: 'edit', id: s.id })}
                      >
                        {s.name}
                      </button>
                    </td>
                    <td>{s.type === 'static' ? 'Imported' : 'Condition'}</td>
                    <td>
                      <Link to={`/customers?segmentId=${encodeURIComponent(s.id)}`}>
                        {s.count.toLocaleString()}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          {selection.kind === 'new-dynamic' && (
            <SegmentBuilder
              key="new"
              segment={null}
              onSaved={(segment) => setSelection({ kind: 'edit', id: segment.id })}
            />
          )}
          {selected?.type === 'dynamic' && (
            <SegmentBuilder key={selected.id} segment={selected} onSaved={() => undefined} />
          )}
          {selected?.type === 'static' && (
            <>
              <h2 className="jf-panel-title">
                {selected.name} · {selected.count.toLocaleString()} members
              </h2>
              <SegmentImport key={selected.id} segment={selected} />
            </>
          )}
          {selected && (
            <div className="jf-row">
              {remove.isError && <p className="jf-error-text">{remove.error.message}</p>}
              <button
                type="button"
                className="jf-button jf-button-danger"
                onClick={() => {
                  if (window.confirm(`Delete segment "${selected.name}"?`)) remove.mutate(selected.id);
                }}
              >
                Delete
              </button>
            </div>
          )}
          {selection.kind === 'none' && <p className="jf-hint">Choose a segment, or create one.</p>}
        </div>
      </div>
    </div>
  );
}
