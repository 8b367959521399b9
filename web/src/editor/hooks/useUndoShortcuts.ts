import { useEffect } from 'react';
import { isApplePlatform } from '../../components/profiling/useProfilerShortcut';
import { useEditorStoreApi } from '../store';

/** Which history step a key press asks for: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo. */
export function readUndoShortcut(event: KeyboardEvent, isMac = isApplePlatform()): 'undo' | 'redo' | null {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo / redo of workflow edits from the keyboard. Ignored while a text field has focus, so Ctrl+Z keeps
 * undoing typing there.
 */
export function useUndoShortcuts(): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = readUndoShortcut(event);
      if (!step) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
        return;
      event.preventDefault();
      const state = store.getState();
      if (step === 'undo') state.undo();
      else state.redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
