/**
 * RunHistoryStore: a thin adapter between the panel and the run history (IndexedDB). It holds the current
 * workflow's runs, which of them count, the load status and the last error, plus the live run's state for
 * the canvas. Measurements are not computed here (see `useRunMeasurements`): they depend on the profile.
 * When IndexedDB is unavailable, runs are kept in memory for the session and `sessionOnly` says so.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  createRunEntry,
  DEFAULT_MAX_RUNS_PER_WORKFLOW,
  exportRunEntry,
  openRunHistory,
  toRunHistoryError,
  type RunHistory,
  type RunHistoryEntry,
} from '../runs/history';
import { DEFAULT_LATEST_RUNS, selectDefaultRuns } from './runHistory/selectDefaultRuns';
import type {
  RunHistoryData,
  RunHistoryState,
  RunHistoryStoreApi,
  RunHistoryActions,
} from './runHistory/storeTypes';

export type {
  LiveNodeState,
  LiveRun,
  LiveRunStatus,
  NewRun,
  RunHistoryActions,
  RunHistoryData,
  RunHistoryState,
  RunHistoryStatus,
  RunHistoryStoreApi,
} from './runHistory/storeTypes';

/** The initial state: nothing loaded, no live run. */
export function createInitialRunHistoryState(): RunHistoryData {
  return {
    workflowKey: null,
    workflowVersion: null,
    runs: [],
    unreadable: [],
    selectedRunIds: [],
    status: 'idle',
    error: null,
    sessionOnly: false,
    liveRun: null,
  };
}

export interface CreateRunHistoryStoreOptions {
  /** Opens the repository (called once, on first use). @default () => openRunHistory() */
  openHistory?: () => Promise<RunHistory>;
  /** Runs selected by default when none matches the current version. @default 5 */
  latestRuns?: number;
  /** @default Date.now */
  now?: () => number;
}

type SetState = RunHistoryStoreApi['setState'];
type GetState = RunHistoryStoreApi['getState'];

/** Keeps the previous array when the ids are the same, so subscribers do not re-render for nothing. */
function stableIds(previous: string[], next: string[]): string[] {
  return previous.length === next.length && previous.every((id, index) => id === next[index])
    ? previous
    : next;
}

function messageOf(error: unknown, action: string): string {
  return toRunHistoryError(error, action).message;
}

function createActions(
  set: SetState,
  get: GetState,
  options: CreateRunHistoryStoreOptions,
): RunHistoryActions {
  const { openHistory = () => openRunHistory(), latestRuns = DEFAULT_LATEST_RUNS, now = Date.now } = options;
  let history: Promise<RunHistory | null> | null = null;
  let loadToken = 0;

  /** The repository, or null when it cannot be opened (then runs live in memory for the session). */
  const getHistory = (): Promise<RunHistory | null> => {
    history ??= openHistory().catch((error: unknown) => {
      const failure = toRunHistoryError(error, 'open the run history');
      if (failure.code === 'history.blocked') history = null; // may work once the other tab closes
      set({ sessionOnly: failure.code !== 'history.blocked', error: failure.message });
      return null;
    });
    return history;
  };

  const isCurrent = (entry: RunHistoryEntry) => entry.workflowKey === get().workflowKey;

  return {
    loadRuns: async (workflowKey, version) => {
      const token = ++loadToken;
      const previous = get();
      const kept = previous.workflowKey === workflowKey ? previous.runs : [];
      set({ workflowKey, workflowVersion: version, status: 'loading', error: null });
      const repository = await getHistory();
      if (token !== loadToken) return;
      if (!repository) {
        set((state) => ({
          runs: kept,
          selectedRunIds: stableIds(state.selectedRunIds, selectDefaultRuns(kept, version, latestRuns)),
          status: 'ready',
        }));
        return;
      }
      try {
        const { runs, unreadable } = await repository.list(workflowKey);
        if (token !== loadToken) return;
        set((state) => ({
          runs,
          unreadable,
          selectedRunIds: stableIds(state.selectedRunIds, selectDefaultRuns(runs, version, latestRuns)),
          status: 'ready',
        }));
      } catch (error) {
        if (token === loadToken) set({ status: 'error', error: messageOf(error, 'read the run history') });
      }
    },

    addRun: async (run) => {
      const workflowKey = run.workflowKey ?? get().workflowKey ?? run.record.workflowId ?? 'default';
      const input = { ...run, workflowKey };
      const repository = await getHistory();
      let entry: RunHistoryEntry;
      let pruned: string[] = [];
      if (repository) {
        try {
          ({ entry, pruned } = await repository.add(input));
        } catch (error) {
          set({ error: messageOf(error, 'save the run') });
          return null;
        }
      } else {
        entry = createRunEntry(input, now());
        const same = get().runs.filter((old) => old.id !== entry.id);
        pruned = same.slice(DEFAULT_MAX_RUNS_PER_WORKFLOW - 1).map((old) => old.id);
      }
      if (!isCurrent(entry)) return entry;
      set((state) => {
        const gone = new Set([entry.id, ...pruned]);
        return {
          runs: [entry, ...state.runs.filter((old) => !gone.has(old.id))],
          selectedRunIds: [...state.selectedRunIds.filter((id) => !gone.has(id)), entry.id],
          error: repository ? null : state.error,
        };
      });
      return entry;
    },

    deleteRun: async (id) => {
      const repository = await getHistory();
      try {
        await repository?.delete(id);
      } catch (error) {
        set({ error: messageOf(error, 'delete the run') });
        return;
      }
      set((state) => ({
        runs: state.runs.filter((run) => run.id !== id),
        unreadable: state.unreadable.filter((run) => run.id !== id),
        selectedRunIds: state.selectedRunIds.filter((selected) => selected !== id),
      }));
    },

    exportRun: async (id) => {
      const entry = get().runs.find((run) => run.id === id);
      if (entry) return exportRunEntry(entry);
      const repository = await getHistory();
      try {
        return repository ? await repository.export(id) : null;
      } catch (error) {
        set({ error: messageOf(error, 'export the run') });
        return null;
      }
    },

    selectRuns: (ids) => {
      const known = new Set(get().runs.map((run) => run.id));
      set({ selectedRunIds: [...new Set(ids)].filter((id) => known.has(id)) });
    },

    setLiveNodeState: (nodeId, nodeState) =>
      set((state) => {
        const live = state.liveRun ?? { status: 'running' as const, nodeStates: {}, message: null };
        return { liveRun: { ...live, nodeStates: { ...live.nodeStates, [nodeId]: nodeState } } };
      }),

    setLiveStatus: (status, message) =>
      set((state) => ({
        liveRun: {
          status,
          nodeStates: state.liveRun?.nodeStates ?? {},
          message: message === undefined ? (state.liveRun?.message ?? null) : message,
        },
      })),

    clearLive: () => set({ liveRun: null }),

    reset: () => {
      loadToken++;
      set(createInitialRunHistoryState());
    },
  };
}

/**
 * Creates an independent run-history store (tests, or several editors on one page).
 *
 * @example
 * const store = createRunHistoryStore({ openHistory: () => openRunHistory({ indexedDB }) });
 * await store.getState().loadRuns('wf', version);
 * await store.getState().addRun({ record, recording: text });
 */
export function createRunHistoryStore(options: CreateRunHistoryStoreOptions = {}): RunHistoryStoreApi {
  return createStore<RunHistoryState>()((set, get) => ({
    ...createInitialRunHistoryState(),
    ...createActions(set, get, options),
  }));
}

/** The app's run-history store (IndexedDB database `workflow-profiler-runs`, opened on first use). */
export const runHistoryStore: RunHistoryStoreApi = createRunHistoryStore();

/** Selects from the app's run-history store (or `store`); select slices, never computed objects. */
export function useRunHistoryStore<T>(
  selector: (state: RunHistoryState) => T,
  store: RunHistoryStoreApi = runHistoryStore,
): T {
  return useStore(store, selector);
}
