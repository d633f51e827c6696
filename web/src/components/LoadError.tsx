import { useT } from '../i18n/useT';

/** What a list or settings screen shows when its data did not load: the reason and "다시 시도". */
export function LoadError({
  message,
  onRetry,
  alert = false,
}: {
  readonly message: string;
  readonly onRetry: () => void;
  /** Announce it at once (role="alert"), for a screen the user just asked to load. */
  readonly alert?: boolean;
}) {
  const t = useT();
  return (
    <div className="jf-empty" {...(alert ? { role: 'alert' } : {})}>
      <p className="jf-error-text">{message}</p>
      <button type="button" className="jf-button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
