import type { Segment, SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { type FilePreview, previewImportFile } from '../importPreview';
import { uploadSegmentFile } from '../segmentsClient';
import { ImportReport } from './ImportReport';

type Chosen = { readonly file: File; readonly preview: FilePreview };

type ImportState =
  | { readonly kind: 'idle' }
  | (Chosen & { readonly kind: 'checking' })
  | (Chosen & { readonly kind: 'checked'; readonly check: SegmentImportResponse })
  | { readonly kind: 'uploading'; readonly progress: number }
  | { readonly kind: 'done'; readonly fileName: string; readonly report: SegmentImportResponse }
  | { readonly kind: 'failed'; readonly message: string };

const isJson = (file: File) => file.type === 'application/json' || /\.json$/i.test(file.name);

/**
 * Import a CSV (an id column, optional attribute columns) or a JSON id list into a static segment in
 * two honest steps: the file's first rows, its id column and a dry run (matched / unknown / invalid /
 * duplicate, by line) first; then the import, where unknown ids become customers only when asked.
 */
export function SegmentImport({
  segment,
  initialFile,
}: {
  readonly segment: Segment;
  readonly initialFile?: File;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [createUnknown, setCreateUnknown] = useState(false);
  const started = useRef<File | null>(null);
  const fail = (error: unknown) =>
    setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  const choose = async (file: File) => {
    const preview = previewImportFile(await file.text(), isJson(file));
    setState({ kind: 'checking', file, preview });
    try {
      const check = await uploadSegmentFile(segment.id, file, () => {}, {
        dryRun: true,
        createUnknown: false,
      });
      setState({ kind: 'checked', file, preview, check });
    } catch (error) {
      fail(error);
    }
  };

  useEffect(() => {
    if (initialFile && started.current !== initialFile) {
      started.current = initialFile;
      void choose(initialFile);
    }
  });

  const upload = async (file: File) => {
    setState({ kind: 'uploading', progress: 0 });
    try {
      const report = await uploadSegmentFile(
        segment.id,
        file,
        (progress) => setState({ kind: 'uploading', progress }),
        {
          createUnknown,
        },
      );
      setState({ kind: 'done', fileName: file.name, report });
      pushToast('success', t('import.toast', { count: report.imported.toLocaleString() }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.members(segment.id) });
    } catch (error) {
      fail(error);
    }
  };

  const chosen = state.kind === 'checking' || state.kind === 'checked' ? state : null;
  const rowsToImport =
    state.kind === 'checked'
      ? (state.check.matched ?? 0) + (createUnknown ? (state.check.unknown ?? 0) : 0)
      : 0;

  return (
    <section className="jf-card" aria-label={t('import.label')}>
      <h2 className="jf-panel-title">
        {segment.name} · {t('import.members', { count: segment.count.toLocaleString() })}
      </h2>
      <p className="jf-hint">{t('import.help')}</p>
      <label className="jf-field">
        <span className="jf-label">{chosen ? t('importx.chooseAnother') : t('import.file')}</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-label="CSV file"
          disabled={state.kind === 'uploading' || state.kind === 'checking'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file);
            event.target.value = '';
          }}
        />
      </label>
      {chosen && (
        <div data-testid="import-preview">
          <p className="jf-label">{t('importx.preview', { file: chosen.file.name })}</p>
          <table className="jf-table jf-table-compact">
            <thead>
              <tr>
                {chosen.preview.header.map((name, i) => (
                  <th
                    // biome-ignore lint/suspicious/noArrayIndexKey: header names may repeat; columns are positional
                    key={i}
                    className={i === chosen.preview.idColumn ? 'is-id-column' : undefined}
                  >
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chosen.preview.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity but their position
                <tr key={r}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={i} className={i === chosen.preview.idColumn ? 'is-id-column' : undefined}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p
            className={chosen.preview.idColumn < 0 ? 'jf-error-text' : 'jf-hint'}
            data-testid="import-id-column"
          >
            {chosen.preview.idColumn < 0
              ? t('importx.noIdColumn')
              : t('importx.idColumn', { column: chosen.preview.header[chosen.preview.idColumn] ?? '' })}
          </p>
        </div>
      )}
      <div className="jf-import-report" aria-live="polite">
        {state.kind === 'checking' && <p className="jf-hint">{t('importx.checking')}</p>}
        {state.kind === 'checked' && (
          <>
            <ImportReport report={state.check} fileName={state.file.name} />
            <label className="jf-field" style={{ flexDirection: 'row', gap: 8, alignItems: 'center' }}>
              <input
                type="checkbox"
                checked={createUnknown}
                onChange={(event) => setCreateUnknown(event.target.checked)}
              />
              <span>{t('importx.createUnknown')}</span>
            </label>
            <p className="jf-hint">{t('importx.createUnknownHint')}</p>
            <button
              type="button"
              className="jf-button jf-button-primary"
              disabled={rowsToImport === 0}
              onClick={() => void upload(state.file)}
            >
              {t('importx.run', { count: rowsToImport.toLocaleString() })}
            </button>
          </>
        )}
        {state.kind === 'uploading' && (
          <progress max={1} value={state.progress} aria-label={t('import.progress')}>
            {Math.round(state.progress * 100)}%
          </progress>
        )}
        {state.kind === 'failed' && (
          <p className="jf-error-text" role="alert">
            {t('import.failed', { message: state.message })}
          </p>
        )}
        {state.kind === 'done' && <ImportReport report={state.report} fileName={state.fileName} />}
      </div>
    </section>
  );
}
