import { useT } from '../i18n/useT';
import { CopyButton } from './CopyButton';

/** A link or key shown once: the value, a copy button, and when it stops working. */
export function OneTimeSecret({
  title,
  value,
  expiresAt,
  testId,
}: {
  readonly title: string;
  readonly value: string;
  readonly expiresAt?: string;
  readonly testId: string;
}) {
  const t = useT();
  return (
    <div className="jf-banner" role="status">
      <p>
        <strong>{title}</strong> {t('team.linkOnce')}
      </p>
      <p style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <code data-testid={testId} style={{ wordBreak: 'break-all' }}>
          {value}
        </code>
        <CopyButton text={value} />
      </p>
      {expiresAt && (
        <p className="jf-hint">{t('team.expires', { when: new Date(expiresAt).toLocaleString() })}</p>
      )}
    </div>
  );
}
