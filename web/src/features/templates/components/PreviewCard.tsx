import { contentFieldName, issueText } from '../../../i18n/issueText';
import { useT } from '../../../i18n/useT';
import type { LivePreview } from '../renderLivePreview';

/** The rendered message field by field, with missing variables and ad-rule issues underneath. */
export function PreviewCard({ title, preview }: { readonly title: string; readonly preview: LivePreview }) {
  const t = useT();
  return (
    <section className="jf-template-preview" aria-label={title} data-testid="template-preview">
      <strong>{title}</strong>
      {preview.ok ? (
        <>
          {Object.entries(preview.rendered).map(([key, value]) => (
            <div key={key} className="jf-preview-row">
              <span className="jf-label">{contentFieldName(t, key)}</span>
              <span className="jf-preview-text">
                {typeof value === 'string' ? value : JSON.stringify(value)}
              </span>
            </div>
          ))}
          {preview.missingVariables.length > 0 ? (
            <p className="jf-error-text">
              {t('tpl.missingVariables', { names: preview.missingVariables.join(', ') })}
            </p>
          ) : null}
          {preview.issues.length > 0 ? (
            <ul className="jf-issue-list">
              {preview.issues.map((issue) => (
                <li key={`${issue.code}:${issue.message}`} className={`jf-issue is-${issue.severity}`}>
                  {issue.severity === 'error' ? '⛔' : '⚠️'} {issueText(t, issue)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p className="jf-error-text">{t('tpl.templateError', { error: preview.error })}</p>
      )}
    </section>
  );
}
