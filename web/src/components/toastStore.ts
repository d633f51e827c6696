import { create } from 'zustand';

export type ToastKind = 'success' | 'error' | 'info';
export type Toast = { readonly id: number; readonly kind: ToastKind; readonly text: string };

type ToastState = {
  readonly toasts: readonly Toast[];
  readonly push: (kind: ToastKind, text: string) => void;
  readonly dismiss: (id: number) => void;
};

let nextToastId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (kind, text) => {
    const id = nextToastId++;
    // The same error repeated by several queries is shown once.
    if (get().toasts.some((toast) => toast.text === text)) return;
    set((state) => ({ toasts: [...state.toasts.slice(-3), { id, kind, text }] }));
    setTimeout(() => get().dismiss(id), kind === 'error' ? 7000 : 3500);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** Usable outside React (query client callbacks). */
export const pushToast = (kind: ToastKind, text: string): void => useToastStore.getState().push(kind, text);
