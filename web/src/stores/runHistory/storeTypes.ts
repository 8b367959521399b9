/**
 * Types of the run-history store: the runs of the current workflow, which of them count, loading status,
 * and the live run's state for the canvas.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { RunExport, RunHistoryEntry, UnreadableRun } from '../../runs/history';
import type { RunRecord } from '../../runs/types';

export type RunHistoryStatus = 'idle' | 'loading' | 'ready' | 'error';

export type LiveRunStatus = 'connecting' | 'running' | 'cancelling' | 'done' | 'error';
export type LiveNodeState = 'running' | 'completed' | 'error';

/** What the live client reports while a run is in flight. */
export interface LiveRun {
  status: LiveRunStatus;
  /** By node id. */
  nodeStates: Record<string, LiveNodeState>;
  /** Last message for the user (e.g. the error), or null. */
  message: string | null;
}

export interface RunHistoryData {
  /** Workflow whose runs are loaded, or null before `loadRuns`. */
  workflowKey: string | null;
  /** The editor's current workflow version (cost-relevant hash), or null when unknown. */
  workflowVersion: string | null;
  /** Runs of the workflow, newest first. */
  runs: RunHistoryEntry[];
  /** Stored runs this profiler cannot read (newer record version): kept, listed, exportable. */
  unreadable: UnreadableRun[];
  /** Ids of the runs that count in measurements. */
  selectedRunIds: string[];
  status: RunHistoryStatus;
  /** Why the last history operation failed (actionable text), or null. */
  error: string | null;
  /** True when runs cannot be saved (no IndexedDB): they last for this session only. */
  sessionOnly: boolean;
  liveRun: LiveRun | null;
}

/** A run to add: the record and, when it came from a recording, the raw text. */
export interface NewRun {
  record: RunRecord;
  recording?: string | null;
  /** @default record.workflowVersion */
  workflowVersion?: string | null;
  /** @default the loaded workflow, else record.workflowId */
  workflowKey?: string;
}

export interface RunHistoryActions {
  /** Loads the workflow's runs and selects the default ones (see `selectDefaultRuns`). */
  loadRuns: (workflowKey: string, version: string | null) => Promise<void>;
  /** Saves a run (pruning the oldest past the bound) and selects it. Resolves to the entry, or null on failure. */
  addRun: (run: NewRun) => Promise<RunHistoryEntry | null>;
  deleteRun: (id: string) => Promise<void>;
  /** The run's download: the raw recording (.jsonl) when kept, else the record (.json). Null when unknown. */
  exportRun: (id: string) => Promise<RunExport | null>;
  /** Which runs count (ids not in `runs` are ignored). */
  selectRuns: (ids: readonly string[]) => void;
  setLiveNodeState: (nodeId: string, state: LiveNodeState) => void;
  setLiveStatus: (status: LiveRunStatus, message?: string | null) => void;
  clearLive: () => void;
  reset: () => void;
}

export type RunHistoryState = RunHistoryData & RunHistoryActions;
export type RunHistoryStoreApi = StoreApi<RunHistoryState>;
