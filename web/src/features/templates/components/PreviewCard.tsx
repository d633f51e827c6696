import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import { issueText } from '../../../i18n/issueText';
import { useT } from '../../../i18n/useT';
import { MessagePreview } from '../../previews/components/MessagePreview';
import type { LivePreview } from '../../previews/renderLivePreview';

/** The rendered message as the customer sees it, with missing variables and ad-rule issues underneath. */
export function PreviewCard({
  title,
  preview,
  channel,
  purpose,
}: {
  readonly title: string;
  readonly preview: LivePreview;
  readonly channel: Channel;
  readonly purpose: MessagePurpose;
}) {
  const t = useT();
  return (
    <section className="jf-template-preview" aria-label={title} data-testid="template-preview">
      <strong>{title}</strong>
      {preview.ok ? (
        <>
          <MessagePreview channel={channel} purpose={purpose} content={preview.rendered} />
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
