import type { Segment } from '@journeyflow/shared/api/segments';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { ExportButtons } from '../../../components/ExportButtons';
import { LinkButton } from '../../../components/LinkButton';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { segmentsClient } from '../segmentsClient';
import { SegmentBuilder } from './SegmentBuilder';
import { SegmentChangeRequests } from './SegmentChangeRequests';
import { SegmentImport } from './SegmentImport';
import './audience.css';
import { EmptyState } from '../../../components/EmptyState';
import { LoadError } from '../../../components/LoadError';

type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new-dynamic' }
  | { readonly kind: 'edit'; readonly id: string };

/** `/segments`: saved audiences with member counts, the visual builder with live count, and CSV/JSON import. */
export function SegmentsPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: queryKeys.segments.list,
    queryFn: ({ signal }) => segmentsClient.list(signal),
  });
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [importName, setImportName] = useState<string | null>(null);
  // "만들고 파일 선택": the picker opens on the click itself (browsers allow it only during a gesture);
  // the audience is created once a file is chosen, and its import starts from that file.
  const filePicker = useRef<HTMLInputElement>(null);
  const [pendingFile, setPendingFile] = useState<{ segmentId: string; file: File } | null>(null);
  const items = list.data?.items ?? [];
  const selected: Segment | undefined =
    selection.kind === 'edit' ? items.find((s) => s.id === selection.id) : undefined;
  const createStatic = useMutation({
    mutationFn: (input: { name: string; file: File }) =>
      segmentsClient.create({ name: input.name, type: 'static' }),
    onSuccess: async (segment, input) => {
      setImportName(null);
      setPendingFile({ segmentId: segment.id, file: input.file });
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      setSelection({ kind: 'edit', id: segment.id });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => segmentsClient.remove(id),
    onSuccess: async () => {
      setSelection({ kind: 'none' });
      pushToast('success', t('segments.deleted'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
    },
    onError: (error) => pushToast('error', error.message),
  });

  return (
    <div className="jf-page">
      <PageHead title={t('page.segments')}>
        <div className="jf-row">
          <button
            type="button"
            className="jf-button jf-button-primary"
            onClick={() => setSelection({ kind: 'new-dynamic' })}
          >
            {t('segments.new')}
          </button>
          <button type="button" className="jf-button" onClick={() => setImportName('')}>
            {t('segments.import')}
          </button>
        </div>
      </PageHead>
      <SegmentChangeRequests />
      <div className="jf-audience-split">
        <section className="jf-card" aria-label={t('segments.listLabel')}>
          {list.isPending ? (
            <PageSkeleton rows={4} />
          ) : list.isError ? (
            <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState title={t('segments.emptyTitle')} body={t('segments.emptyBody')} />
          ) : (
            <DataTable
              columns={[t('segments.name'), t('segments.type'), t('segments.members')]}
              variant="jf-table-compact jf-segment-list"
            >
              {items.map((s) => (
                <tr key={s.id} aria-selected={selection.kind === 'edit' && selection.id === s.id}>
                  <td>
                    <LinkButton onClick={() => setSelection({ kind: 'edit', id: s.id })}>{s.name}</LinkButton>
                    {s.lastError && (
                      <span className="jf-badge jf-segment-failed" data-state="failed" title={s.lastError}>
                        {t('segments.refreshFailedBadge')}
                      </span>
                    )}
                  </td>
                  <td className="jf-nowrap">
                    {s.type === 'static' ? t('segments.typeStatic') : t('segments.typeDynamic')}
                  </td>
                  <td>
                    <Link
                      to={`/customers?segmentId=${encodeURIComponent(s.id)}`}
                      aria-label={t('segments.membersOf', { name: s.name })}
                      data-testid="segment-count"
                    >
                      {s.count.toLocaleString()}
                    </Link>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
        <div>
          {selection.kind === 'new-dynamic' && (
            <SegmentBuilder
              key="new"
              segment={null}
              onSaved={(segment) => setSelection({ kind: 'edit', id: segment.id })}
            />
          )}
          {selected?.lastError && (
            <p className="jf-segment-failure" role="alert">
              {t('segments.refreshFailed', {
                when: selected.failedAt ? new Date(selected.failedAt).toLocaleString() : '',
                error: selected.lastError,
              })}
            </p>
          )}
          {selected?.type === 'dynamic' && (
            <SegmentBuilder key={selected.id} segment={selected} onSaved={() => undefined} />
          )}
          {selected?.type === 'static' && (
            <SegmentImport
              key={selected.id}
              segment={selected}
              {...(pendingFile?.segmentId === selected.id ? { initialFile: pendingFile.file } : {})}
            />
          )}
          {selected && (
            <div className="jf-row" style={{ justifyContent: 'space-between' }}>
              <ExportButtons path={`/api/segments/${encodeURIComponent(selected.id)}/members/export`} />
              <button
                type="button"
                className="jf-button jf-button-danger"
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('segments.deleteConfirm', { name: selected.name })))
                    remove.mutate(selected.id);
                }}
              >
                {t('segments.delete')}
              </button>
            </div>
          )}
          {selection.kind === 'none' && <EmptyState body={t('segments.chooseHint')} />}
        </div>
      </div>
      <Dialog
        title={t('segments.importTitle')}
        open={importName !== null}
        onClose={() => setImportName(null)}
        actions={
          <>
            <button type="button" className="jf-button" onClick={() => setImportName(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              form="jf-import-name-form"
              className="jf-button jf-button-primary"
              disabled={!importName?.trim() || createStatic.isPending}
            >
              {t('segments.importCreate')}
            </button>
          </>
        }
      >
        <form
          id="jf-import-name-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (importName?.trim()) filePicker.current?.click();
          }}
        >
          <label className="jf-field">
            <span className="jf-label">{t('segments.importName')}</span>
            <input
              className="jf-input"
              autoFocus
              placeholder={t('segments.importNamePlaceholder')}
              value={importName ?? ''}
              onChange={(event) => setImportName(event.target.value)}
            />
          </label>
          {createStatic.isError && <p className="jf-error-text">{createStatic.error.message}</p>}
        </form>
        <input
          ref={filePicker}
          type="file"
          hidden
          accept=".csv,.json,text/csv,application/json"
          data-testid="import-file-picker"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file && importName?.trim()) createStatic.mutate({ name: importName.trim(), file });
          }}
        />
      </Dialog>
    </div>
  );
}
