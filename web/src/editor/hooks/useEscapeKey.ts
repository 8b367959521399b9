import { useEffect } from 'react';
import { useEditorStoreApi } from '../store';

/**
 * Escape dismisses an import error, or else clears the selection (closing the inspector). Ignored while a
 * text field has focus, so Escape keeps its meaning in inputs and dialogs. With `clearSelection` false (e.g.
 * while a docked panel that Escape closes is open) the selection is kept, so one Escape closes one thing.
 */
export function useEscapeKey(clearSelection = true): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      const state = store.getState();
      if (state.importFailure) state.dismissImportFailure();
      else if (clearSelection && state.selectedNodeId) state.selectNode(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, clearSelection]);
}
