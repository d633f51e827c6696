import { useT } from '../i18n/useT';
import { ActionButton } from './ActionButton';

export type ConfirmActionsProps = {
  readonly onCancel: () => void;
  /** The confirm button's English action name (the stable test hook), e.g. `Approve`, `Publish`. */
  readonly name: string;
  readonly caption: string;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
  /** `danger` for an action that sends work back or removes something (e.g. `Reject`). */
  readonly tone?: 'primary' | 'danger';
};

/** A confirmation dialog's actions: "취소" and the primary workflow action. */
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
      <ActionButton
        name={name}
        caption={caption}
        className={`jf-button jf-button-${tone}`}
        disabled={disabled}
        onClick={onConfirm}
      />
    </>
  );
}
