/**
 * What the editor saves in localStorage and how it survives bad storage: a versioned envelope read through
 * `readPersistedEditorText` (migrate + repair), and a storage that copies anything it cannot use as stored
 * to a backup key before it may be overwritten.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { trackWriteFailures } from '../../persistence/classifyWriteError';
import { keepUnusableValue } from '../../persistence/keepUnusableValue';
import { EDITOR_STORAGE_VERSION } from './migratePersistedState';
import { readPersistedEditorText } from './repairPersistedState';
import { readUnsavedMarker, removeUnsavedMarker, writeUnsavedMarker, type SaveFailure } from './saveFailure';
import type { EditorStoreState, PersistedEditorState, StorageReport } from './types';

export { EDITOR_STORAGE_VERSION } from './migratePersistedState';

/** localStorage key. */
export const EDITOR_STORAGE_KEY = 'wpp-editor';

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

export interface SafeJsonStorageOptions {
  getStorage: () => Storage | undefined;
  /** Coalesce writes over this many ms (flushed when the page is hidden or unloaded). @default 0 */
  writeDelayMs?: number;
  /** The stored value needed repair or could not be read (see `keepUnusableValue`). */
  onReadReport?: (report: StorageReport) => void;
  /**
   * A write failed (storage full or blocked). Called on the first failure and when the reason changes;
   * `since` stays the time of the first failure until a write succeeds again.
   */
  onWriteError?: (failure: SaveFailure) => void;
  /** A write succeeded after failing. */
  onWriteRecovered?: () => void;
  /** On load: the last session's changes since `failure.since` could not be saved (its marker). */
  onUnsavedBefore?: (failure: SaveFailure) => void;
  /** @default Date.now */
  now?: () => number;
}

/**
 * A JSON storage that never throws and never loses saved data. A stored value that needs repair or cannot
 * be read is first copied to `<key>.backup` (see `keepUnusableValue`) and reported through `onReadReport`;
 * a repaired value is then written back, an unreadable one is left until the next save. When the backup
 * cannot be written, the key is not written at all in this session.
 *
 * A write the browser refuses (quota full, storage blocked) is reported through `onWriteError`, and a marker
 * `<key>.unsaved` records when saving stopped, so the next load can report that the changes since then were
 * not kept (`onUnsavedBefore`); the next successful write removes the marker (saveFailure.ts).
 *
 * Writes are coalesced: with `writeDelayMs > 0` only the last state of a burst (e.g. every frame of a drag
 * on a 1,000-node workflow, ~0.5 MB of JSON each) is serialised, after the delay or when the page is hidden
 * or unloaded.
 */
export function createSafeJsonStorage(
  options: SafeJsonStorageOptions,
): PersistStorage<PersistedEditorState | null> {
  const { getStorage, writeDelayMs = 0 } = options;
  /** Keys whose stored text could not be backed up: never written in this session. */
  const protectedKeys = new Set<string>();
  /** Keys whose marker may be in storage (written here, or found on load): removed on the next good write. */
  const markedKeys = new Set<string>();
  const failures = trackWriteFailures(options.now);
  let pending: { name: string; value: StorageValue<PersistedEditorState | null> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (name: string, value: StorageValue<PersistedEditorState | null>) => {
    if (protectedKeys.has(name)) return;
    const storage = getStorage();
    if (!storage) return;
    const text = JSON.stringify(value);
    try {
      storage.setItem(name, text);
    } catch (error) {
      // Reported once per failure run (and again if the reason changes), not on every failing write.
      const failed = failures.failed(error);
      if (!failed) return;
      const failure: SaveFailure = { ...failed, chars: text.length };
      writeUnsavedMarker(storage, name, failure);
      markedKeys.add(name);
      options.onWriteError?.(failure);
      return;
    }
    if (markedKeys.delete(name)) removeUnsavedMarker(storage, name);
    if (failures.succeeded()) options.onWriteRecovered?.();
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
      const unsaved = readUnsavedMarker(storage, name);
      if (unsaved) {
        markedKeys.add(name);
        options.onUnsavedBefore?.(unsaved);
      }
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      const read = readPersistedEditorText(raw);
      if ('state' in read && read.repairs.length === 0)
        return { state: read.state, version: EDITOR_STORAGE_VERSION };
      const report = keepUnusableValue(
        storage,
        name,
        raw,
        'unreadable' in read
          ? read
          : { repairs: read.repairs.map((r) => r.message), keepOriginal: read.keepOriginal },
      );
      // Without a backup the stored text must survive this session untouched.
      if (report.backupKey === null) protectedKeys.add(name);
      options.onReadReport?.(report);
      if ('unreadable' in read) return null;
      const value = { state: read.state, version: EDITOR_STORAGE_VERSION };
      // Save the repaired workflow now, so the next load opens it without repairs.
      if (report.backupKey !== null) write(name, value);
      return value;
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
      if (protectedKeys.has(name)) return;
      try {
        getStorage()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
