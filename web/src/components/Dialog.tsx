import { type ReactNode, useEffect, useId, useRef } from 'react';

/** Whether a modal shows, and how it closes itself (Escape, its "닫기"/"취소"): what its opener passes in. */
export type ModalProps = {
  readonly open: boolean;
  readonly onClose: () => void;
};

/** A modal built on <dialog>: focus is trapped and Escape closes it, as the browser does natively. */
export function Dialog({
  title,
  open,
  onClose,
  children,
  actions,
}: ModalProps & {
  readonly title: string;
  readonly children: ReactNode;
  readonly actions: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="jf-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="jf-dialog-title">
        {title}
      </h2>
      <div className="jf-dialog-body">{children}</div>
      <div className="jf-dialog-actions">{actions}</div>
    </dialog>
  );
}
