/**
 * React access to the editor store. The app shares one store; tests (and embedders) pass their own through
 * `EditorStoreProvider`.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createEditorStore, type EditorStore } from './editorStore';
import type { EditorStoreState } from './types';

let defaultStore: EditorStore | undefined;

/** The app-wide store, created on first use (persisted to localStorage). */
export function getDefaultEditorStore(): EditorStore {
  defaultStore ??= createEditorStore();
  return defaultStore;
}

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Provides a specific editor store to the components below it. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store in context (or the app-wide one): for imperative use in callbacks. */
export function useEditorStoreApi(): EditorStore {
  return useContext(EditorStoreContext) ?? getDefaultEditorStore();
}

/**
 * Selects a slice of the editor state. Select stored values only (never build new objects here; use
 * `useShallow` for several fields).
 * @example const nodes = useEditor((s) => s.nodes);
 */
export function useEditor<T>(selector: (state: EditorStoreState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
