import { useT } from '../i18n/useT';

export type ConfirmActionsProps = {
  readonly onCancel: () => void;
  /**
   * A workflow action's English name (the stable test hook of SPEC §8), e.g. `Approve`, `Publish`; it names
   * the button whatever the caption. Without it the button is named by its caption.
   */
  readonly name?: string;
  readonly caption: string;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
  /** `danger` for an action that sends work back or removes something (e.g. `Reject`, delete). */
  readonly tone?: 'primary' | 'danger';
};

/** A confirmation dialog's actions: "취소" and the action it asks about. */
export function ConfirmActions({
  onCancel,
  name,
  caption,
  disabled,
  onConfirm,
  tone = 'primary',
}: ConfirmActionsProps) {
  const t = useT();
  return (
    <>
      <button type="button" className="jf-button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type="button"
        className={`jf-button jf-button-${tone}`}
        aria-label={name}
        disabled={disabled}
        onClick={onConfirm}
      >
        {caption}
      </button>
    </>
  );
}
