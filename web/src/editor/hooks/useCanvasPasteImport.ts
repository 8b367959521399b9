import { useEffect } from 'react';
import { importTextIntoStore } from '../importActions';
import { useEditorStoreApi } from '../store';

function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Ctrl/Cmd+V of workflow JSON while the canvas (not a text field) has focus imports it. Text that does not
 * start like JSON (`{`) is left alone, so ordinary pastes elsewhere are unaffected.
 */
export function useCanvasPasteImport(): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || isEditableTarget(document.activeElement)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trimStart().startsWith('{')) return;
      event.preventDefault();
      importTextIntoStore(store, text, 'pasted text', 'paste');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [store]);
}
