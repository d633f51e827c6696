import type { ReactNode } from 'react';
import { ConfirmActions, type ConfirmActionsProps } from './ConfirmActions';
import { Dialog, type ModalProps } from './Dialog';

type ConfirmDialogProps = ModalProps &
  Omit<ConfirmActionsProps, 'onCancel'> & { readonly title: string; readonly children: ReactNode };

/**
 * A modal that asks to confirm one workflow action: its body, then "취소" (which closes it, as Escape
 * does) and the action button (`name` is the stable English hook, `caption` the visible words).
 */
export function ConfirmDialog({ title, open, onClose, children, ...confirm }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onClose}
      actions={<ConfirmActions onCancel={onClose} {...confirm} />}
    >
      {children}
    </Dialog>
  );
}
