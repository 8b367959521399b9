/**
 * The run history's IndexedDB schema: one object store of entries keyed by id, indexed by workflow key.
 * Versioned: `upgradeRunHistory` walks a database from whatever version it has up to `RUN_HISTORY_DB_VERSION`.
 */
import type { RunRecord } from '../types';

/** @default database name */
export const RUN_HISTORY_DB_NAME = 'workflow-profiler-runs';
/**
 * Bump with a new step in `upgradeRunHistory` whenever stores or indexes change.
 * 1: runs. 2: profile snapshots (one estimate per workflow version and device, see profileSnapshots.ts).
 */
export const RUN_HISTORY_DB_VERSION = 2;
export const RUNS_STORE = 'runs';
export const BY_WORKFLOW_INDEX = 'byWorkflow';
/** Version 2: one `ProfileSnapshot` per workflow, workflow version and device, keyed by id. */
export const SNAPSHOTS_STORE = 'profileSnapshots';
export const SNAPSHOTS_BY_WORKFLOW_INDEX = 'byWorkflow';

/** One stored run. */
export interface RunHistoryEntry {
  /** The record's id unless given: adding the same run twice replaces it. */
  id: string;
  /** Which workflow the run belongs to (the editor's workflow id). */
  workflowKey: string;
  /** Cost-relevant hash of the workflow that ran; null when unknown. */
  workflowVersion: string | null;
  /** Epoch ms when it was saved; newest first in lists, oldest pruned first. */
  savedAt: number;
  record: RunRecord;
  /** The raw recording (JSONL) as received, kept so export gives it back byte for byte; null when none. */
  recording: string | null;
}

/**
 * Creates or migrates the schema inside the `versionchange` transaction. Each step runs once, in order;
 * steps must keep existing entries.
 */
export function upgradeRunHistory(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const store = db.createObjectStore(RUNS_STORE, { keyPath: 'id' });
    store.createIndex(BY_WORKFLOW_INDEX, 'workflowKey', { unique: false });
  }
  if (oldVersion < 2) {
    // A new store only: the runs of version 1 stay as they are.
    const store = db.createObjectStore(SNAPSHOTS_STORE, { keyPath: 'id' });
    store.createIndex(SNAPSHOTS_BY_WORKFLOW_INDEX, 'workflowKey', { unique: false });
  }
  // Next: `if (oldVersion < 3) { const store = transaction.objectStore(RUNS_STORE); ... }` (pass the
  // request's transaction in), then bump RUN_HISTORY_DB_VERSION.
}
