/** Renders the editor with a fresh store (in-memory storage) for component tests. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ThemeProvider } from '@mui/material/styles';
import { EditorApp } from '../editor/components/EditorApp';
import { EditorStoreProvider, createEditorStore, type EditorStore } from '../editor/store';
import { createEditorTheme } from '../editor/theme';
import { MemoryStorage } from './memoryStorage';

/** Pass `storage` to start from saved data (e.g. a damaged `wpp-editor` value). */
export function renderEditor(
  ui: ReactElement = <EditorApp />,
  storage: MemoryStorage = new MemoryStorage(),
): ReturnType<typeof render> & { store: EditorStore; storage: MemoryStorage } {
  const store = createEditorStore({ storage, writeDelayMs: 0 });
  const result = render(
    <ThemeProvider theme={createEditorTheme('light')}>
      <EditorStoreProvider store={store}>{ui}</EditorStoreProvider>
    </ThemeProvider>,
  );
  return { ...result, store, storage };
}
