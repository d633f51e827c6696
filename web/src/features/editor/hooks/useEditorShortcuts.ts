import { useEffect } from 'react';
import { pushToast } from '../../../components/toastStore';
import type { Translate } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';
import { readClipboard, writeClipboard } from '../utils/journeyClipboard';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Editor keyboard: Ctrl/Cmd+Z undo, Shift+Z or Ctrl+Y redo, Ctrl/Cmd+C/V copy/paste, Delete/Backspace
 * delete, "/" quick add. Ignored while typing in a field, so text editing keeps its own undo.
 */
export function useEditorShortcuts(t: Translate, openQuickAdd: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const store = useEditorStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        store.redo();
      } else if (mod && key === 'c') {
        const fragment = store.copySelection();
        if (!fragment) return;
        event.preventDefault();
        writeClipboard(fragment);
        pushToast('info', t('toast.copied', { count: fragment.nodes.length }));
      } else if (mod && key === 'v') {
        if (store.readOnly) return;
        event.preventDefault();
        const paste = (text?: string) => {
          const fragment = readClipboard(text);
          if (!fragment) return;
          const count = useEditorStore.getState().paste(fragment);
          if (count > 0) pushToast('info', t('toast.pasted', { count }));
        };
        // The system clipboard may hold steps copied in another browser; fall back to our own storage.
        if (navigator.clipboard?.readText) navigator.clipboard.readText().then(paste, () => paste());
        else paste();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
        if (store.readOnly || (store.selectedNodeIds.length === 0 && store.selectedEdgeIds.length === 0))
          return;
        event.preventDefault();
        store.deleteSelection();
      } else if (event.key === '/' && !mod) {
        if (store.readOnly) return;
        event.preventDefault();
        openQuickAdd();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [t, openQuickAdd]);
}
