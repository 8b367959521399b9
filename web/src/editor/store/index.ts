/** Public surface of the editor store. */
export { createEditorStore } from './editorStore';
export type { CreateEditorStoreOptions, EditorStore } from './editorStore';
export {
  EditorStoreProvider,
  getDefaultEditorStore,
  useEditor,
  useEditorStoreApi,
} from './EditorStoreContext';
export { createInitialEditorState } from './initialState';
export { EDITOR_STORAGE_KEY, EDITOR_STORAGE_VERSION } from './persistence';
export type {
  Decoration,
  EditorActions,
  EditorState,
  EditorStoreState,
  FlowEdge,
  FlowInstance,
  FlowNode,
  ImportFailure,
  PersistedEditorState,
  StorageReport,
} from './types';
export { readPersistedEditorText, repairPersistedEditorState } from './repairPersistedState';
export type { PersistRepair, PersistedReadResult } from './repairPersistedState';
