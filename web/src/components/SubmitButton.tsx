import { useT } from '../i18n/useT';

/**
 * A form's primary submit button: disabled while its request runs (and when `disabled`), saying what it
 * is doing meanwhile; "저장" / "저장 중…" unless told otherwise. `form` ties it to a form it stands
 * outside of, e.g. in dialog actions.
 */
export function SubmitButton({
  caption,
  pendingCaption,
  pending,
  disabled = false,
  form,
}: {
  readonly caption?: string;
  readonly pendingCaption?: string;
  readonly pending: boolean;
  readonly disabled?: boolean;
  readonly form?: string;
}) {
  const t = useT();
  return (
    <button type="submit" form={form} className="jf-button jf-button-primary" disabled={pending || disabled}>
      {pending ? (pendingCaption ?? t('cfg.saving')) : (caption ?? t('cfg.save'))}
    </button>
  );
}
