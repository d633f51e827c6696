import { create } from 'zustand';

/** Where a quick-added step goes: onto an edge, after a node, or free at a canvas position. */
export type QuickAddTarget = {
  readonly edgeId?: string;
  readonly afterNodeId?: string;
  readonly position: { x: number; y: number };
};

type QuickAddState = {
  /** False on read-only canvases (review, past versions): edges show no "+" there. */
  readonly enabled: boolean;
  readonly target: QuickAddTarget | undefined;
  readonly open: (target: QuickAddTarget) => void;
  readonly close: () => void;
  readonly setEnabled: (enabled: boolean) => void;
};

export const useQuickAddStore = create<QuickAddState>()((set) => ({
  enabled: true,
  target: undefined,
  open: (target) => set({ target }),
  close: () => set({ target: undefined }),
  setEnabled: (enabled) => set({ enabled }),
}));
