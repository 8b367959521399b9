/**
 * What the editor saves in localStorage and how it survives bad storage: a versioned envelope, a migrate step,
 * and a reader that treats unreadable or wrongly-shaped data as "nothing saved" instead of crashing.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { EditorStoreState, PersistedEditorState } from './types';

/** localStorage key. */
export const EDITOR_STORAGE_KEY = 'wpp-editor';
/** Version of the persisted shape. Bump and extend `migratePersistedEditorState` when the shape changes. */
export const EDITOR_STORAGE_VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && Number.isFinite(value.x) && Number.isFinite(value.y);
}

/** True when `value` has the persisted shape (checked on every rehydration: storage is user-editable). */
export function isPersistedEditorState(value: unknown): value is PersistedEditorState {
  if (!isRecord(value)) return false;
  if (
    typeof value.workflowName !== 'string' ||
    !isRecord(value.workflowMeta) ||
    typeof value.source !== 'string'
  )
    return false;
  if (!Array.isArray(value.nodes) || !Array.isArray(value.edges)) return false;
  const ids = new Set<string>();
  for (const node of value.nodes) {
    if (!isRecord(node) || typeof node.id !== 'string' || typeof node.type !== 'string') return false;
    if (!isPosition(node.position) || !isRecord(node.data) || !isRecord(node.data.properties)) return false;
    ids.add(node.id);
  }
  for (const edge of value.edges) {
    if (!isRecord(edge) || typeof edge.id !== 'string') return false;
    if (typeof edge.source !== 'string' || typeof edge.target !== 'string') return false;
    if (!ids.has(edge.source) || !ids.has(edge.target)) return false;
  }
  return true;
}

/** Picks what survives a reload: the workflow, not selection, errors, decorations or the React Flow instance. */
export function partializeEditorState(state: EditorStoreState): PersistedEditorState {
  return {
    workflowName: state.workflowName,
    workflowMeta: state.workflowMeta,
    // Selection and measured sizes are runtime state of React Flow.
    nodes: state.nodes.map(
      ({ selected: _selected, dragging: _dragging, measured: _measured, ...node }) => node,
    ),
    edges: state.edges.map(({ selected: _selected, ...edge }) => edge),
    source: state.source,
  };
}

/**
 * Brings older saved data to the current version. Version 1 is the first shape; anything else (older
 * prototypes, newer app versions) is not trusted and yields `null` (the editor then opens the default).
 */
export function migratePersistedEditorState(
  persisted: unknown,
  version: number,
): PersistedEditorState | null {
  if (version === EDITOR_STORAGE_VERSION && isPersistedEditorState(persisted)) return persisted;
  return null;
}

/**
 * A JSON storage that never throws: corrupt JSON or a wrong envelope is removed and read as "nothing saved";
 * a full quota on write is reported through `onWriteError` and otherwise ignored.
 *
 * Writes are coalesced: with `writeDelayMs > 0` only the last state of a burst (e.g. every frame of a drag
 * on a 1,000-node workflow, ~0.5 MB of JSON each) is serialised, after the delay or when the page is hidden
 * or unloaded.
 */
export function createSafeJsonStorage(
  getStorage: () => Storage | undefined,
  onWriteError: (error: unknown) => void = () => undefined,
  writeDelayMs = 0,
): PersistStorage<PersistedEditorState | null> {
  let pending: { name: string; value: StorageValue<PersistedEditorState | null> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (name: string, value: StorageValue<PersistedEditorState | null>) => {
    try {
      getStorage()?.setItem(name, JSON.stringify(value));
    } catch (error) {
      onWriteError(error);
    }
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      const { name, value } = pending;
      pending = null;
      write(name, value);
    }
  };
  if (writeDelayMs > 0 && typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') flush();
      });
    }
  }
  return {
    getItem: (name) => {
      const storage = getStorage();
      if (!storage) return null;
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isRecord(parsed) && 'state' in parsed && typeof parsed.version === 'number') {
          return parsed as unknown as StorageValue<PersistedEditorState | null>;
        }
      } catch {
        // fall through: corrupt data
      }
      try {
        storage.removeItem(name);
      } catch {
        // ignore: storage not writable
      }
      return null;
    },
    setItem: (name, value) => {
      if (writeDelayMs <= 0) {
        write(name, value);
        return;
      }
      pending = { name, value };
      timer ??= setTimeout(flush, writeDelayMs);
    },
    removeItem: (name) => {
      pending = null;
      try {
        getStorage()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
