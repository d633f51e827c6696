import type { SegmentImportResponse } from '@journeyflow/shared/api/segments';
import { DataTable } from '../../../components/DataTable';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { problemRowsCsv } from '../importPreview';

const REPORT_ROWS = 200;

const codeKey = (code: string | undefined): MessageKey | undefined =>
  code === 'invalid' || code === 'duplicate' || code === 'unknown' ? `importx.code.${code}` : undefined;

/** The counts of an import (or of its dry run) and its problem rows by line, downloadable as CSV. */
export function ImportReport({
  report,
  fileName,
}: {
  readonly report: SegmentImportResponse;
  readonly fileName: string;
}) {
  const t = useT();
  const codeText = (code: string | undefined) => {
    const key = codeKey(code);
    return key ? t(key) : (code ?? '');
  };
  const download = () => {
    const csv = problemRowsCsv(
      report,
      [t('import.row'), t('importx.code'), t('importx.externalId'), t('import.reason')],
      codeText,
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName.replace(/\.[^.]+$/, '')}-problems.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const count = (n: number | undefined) => (n ?? 0).toLocaleString();
  return (
    <div data-testid={report.dryRun ? 'import-check' : 'import-report'}>
      <div className="jf-import-summary">
        {!report.dryRun && <span>{t('import.imported', { count: count(report.imported) })}</span>}
        {!report.dryRun && report.rejected.length > 0 && (
          <span className="is-bad">{t('import.rejected', { count: count(report.rejected.length) })}</span>
        )}
        <span data-testid="import-matched">{t('importx.matched', { count: count(report.matched) })}</span>
        <span data-testid="import-unknown" className={report.unknown ? 'is-bad' : undefined}>
          {t('importx.unknown', { count: count(report.unknown) })}
        </span>
        <span className={report.invalid ? 'is-bad' : undefined}>
          {t('importx.invalid', { count: count(report.invalid) })}
        </span>
        <span className={report.duplicate ? 'is-bad' : undefined}>
          {t('importx.duplicate', { count: count(report.duplicate) })}
        </span>
        {!report.dryRun && (report.created ?? 0) > 0 && (
          <span>{t('importx.created', { count: count(report.created) })}</span>
        )}
      </div>
      {report.rejected.length > 0 && (
        <>
          <DataTable
            columns={[t('import.row'), t('importx.code'), t('importx.externalId'), t('import.reason')]}
            variant="jf-table-compact"
            aria-label={t('import.badRows')}
          >
            {report.rejected.slice(0, REPORT_ROWS).map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{codeText(r.code)}</td>
                <td>{r.externalId ?? ''}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </DataTable>
          {report.rejected.length > REPORT_ROWS && (
            <p className="jf-hint">
              {t('import.moreRows', { count: (report.rejected.length - REPORT_ROWS).toLocaleString() })}
            </p>
          )}
          <button type="button" className="jf-button" onClick={download}>
            {t('importx.download')}
          </button>
        </>
      )}
    </div>
  );
}
