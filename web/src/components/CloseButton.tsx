import { useT } from '../i18n/useT';

/** "닫기" in a dialog's actions: closes it, as Escape does; `ghost` draws it without a border. */
export function CloseButton({
  onClose,
  ghost = false,
}: {
  readonly onClose: () => void;
  readonly ghost?: boolean;
}) {
  const t = useT();
  return (
    <button type="button" className={ghost ? 'jf-button jf-button-ghost' : 'jf-button'} onClick={onClose}>
      {t('common.close')}
    </button>
  );
}
