import type { Segment, SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { segmentKeys, uploadSegmentCsv } from '../segmentsClient';

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly progress: number }
  | { readonly kind: 'done'; readonly report: SegmentImportResponse }
  | { readonly kind: 'failed'; readonly message: string };

/** Upload a CSV (`externalId` column, optional attribute columns) into a static segment, with progress and the row report. */
export function SegmentImport({ segment }: { readonly segment: Segment }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const upload = async (file: File) => {
    setState({ kind: 'uploading', progress: 0 });
    try {
      const report = await uploadSegmentCsv(segment.id, file, (progress) =>
        setState({ kind: 'uploading', progress }),
      );
      setState({ kind: 'done', report });
      await queryClient.invalidateQueries({ queryKey: segmentKeys.list });
      await queryClient.invalidateQueries({ queryKey: segmentKeys.members(segment.id) });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="jf-card" aria-label="Import audience">
      <p className="jf-hint">
        Upload a CSV with an <code>externalId</code> column; other columns are saved as attributes. Up to 16
        MiB. If the import fails nothing is imported.
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file"
        disabled={state.kind === 'uploading'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
          event.target.value = '';
        }}
      />
      {state.kind === 'uploading' && (
        <progress max={1} value={state.progress} aria-label="Upload progress">
          {Math.round(state.progress * 100)}%
        </progress>
      )}
      {state.kind === 'failed' && <p className="jf-error-text">{state.message}</p>}
      {state.kind === 'done' && (
        <div>
          <p>
            Imported {state.report.imported.toLocaleString()} rows
            {state.report.rejected.length > 0 ? `; ${state.report.rejected.length} rows rejected:` : '.'}
          </p>
          {state.report.rejected.length > 0 && (
            <table className="jf-table jf-table-compact">
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {state.report.rejected.slice(0, 200).map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
