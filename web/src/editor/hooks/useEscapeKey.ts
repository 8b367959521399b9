import { useEffect } from 'react';
import { useEditorStoreApi } from '../store';

/**
 * Escape dismisses an import error, or else clears the selection (closing the inspector). Ignored while a
 * text field has focus, so Escape keeps its meaning in inputs and dialogs.
 */
export function useEscapeKey(): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      const state = store.getState();
      if (state.importFailure) state.dismissImportFailure();
      else if (state.selectedNodeId) state.selectNode(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
