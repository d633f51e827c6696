import type { Segment, SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { uploadSegmentFile } from '../segmentsClient';

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly progress: number }
  | { readonly kind: 'done'; readonly fileName: string; readonly report: SegmentImportResponse }
  | { readonly kind: 'failed'; readonly message: string };

const REPORT_ROWS = 200;

/**
 * Upload a CSV (`externalId` column, optional attribute columns) or a JSON list of external ids into a
 * static segment, with a progress bar and the row-level report (bad rows with reasons).
 */
export function SegmentImport({ segment }: { readonly segment: Segment }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const upload = async (file: File) => {
    setState({ kind: 'uploading', progress: 0 });
    try {
      const report = await uploadSegmentFile(segment.id, file, (progress) =>
        setState({ kind: 'uploading', progress }),
      );
      setState({ kind: 'done', fileName: file.name, report });
      pushToast('success', t('import.toast', { count: report.imported.toLocaleString() }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.members(segment.id) });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="jf-card" aria-label={t('import.label')}>
      <h2 className="jf-panel-title">
        {segment.name} · {t('import.members', { count: segment.count.toLocaleString() })}
      </h2>
      <p className="jf-hint">{t('import.help')}</p>
      <label className="jf-field">
        <span className="jf-label">{t('import.file')}</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-label="CSV file"
          disabled={state.kind === 'uploading'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
            event.target.value = '';
          }}
        />
      </label>
      <div className="jf-import-report" aria-live="polite">
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
        {state.kind === 'done' && (
          <div data-testid="import-report">
            <div className="jf-import-summary">
              <span>{t('import.imported', { count: state.report.imported.toLocaleString() })}</span>
              {state.report.rejected.length > 0 && (
                <span className="is-bad">
                  {t('import.rejected', { count: state.report.rejected.length.toLocaleString() })}
                </span>
              )}
              <span className="jf-hint">{state.fileName}</span>
            </div>
            {state.report.rejected.length > 0 && (
              <table className="jf-table jf-table-compact" aria-label={t('import.badRows')}>
                <thead>
                  <tr>
                    <th>{t('import.row')}</th>
                    <th>{t('import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.report.rejected.slice(0, REPORT_ROWS).map((r) => (
                    <tr key={r.row}>
                      <td>{r.row}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {state.report.rejected.length > REPORT_ROWS && (
              <p className="jf-hint">
                {t('import.moreRows', {
                  count: (state.report.rejected.length - REPORT_ROWS).toLocaleString(),
                })}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
