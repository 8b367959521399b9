/**
 * ExecutionTimeStore: per-node start and end times of workflow runs, with the API of NodeTool's own store
 * (`startExecution`, `endExecution`, `getTiming`, `getDuration`, `clearTimings`; see nodetool-ai/nodetool
 * `web/src/stores/ExecutionTimeStore.ts` at commit 047d651585738fbad63d20bd3a5290d61f1ee25a), so code written
 * for NodeTool's store can feed this profiler. Differences, on purpose:
 * - `clearTimings("wf1")` clears exactly workflow "wf1" (NodeTool's matches keys by prefix, so it also
 *   cleared "wf10").
 * - Every action takes an optional `jobId`, so two runs of one workflow do not overwrite each other.
 * - The clock is injectable (`createExecutionTimeStore({ now })`), so tests need no fake timers.
 *
 * Hand `getRunTimings(workflowId, jobId)` to `runRecordFromExecutionTimes` to get a RunRecord.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** One node's timing in one run (epoch ms from the store's clock). Field names as in NodeTool. */
export interface ExecutionTiming {
  workflowId: string;
  jobId: string | null;
  nodeId: string;
  startTime: number;
  endTime?: number;
}

export interface ExecutionTimeData {
  /** By an internal key of (workflow, job, node); read through the getters, not by key. */
  timings: Record<string, ExecutionTiming>;
}

export interface ExecutionTimeActions {
  /** Records that the node started now (a second start of the same node in the same run restarts it). */
  startExecution: (workflowId: string, nodeId: string, jobId?: string | null) => void;
  /** Records that the node ended now; ignored when it never started (as in NodeTool). */
  endExecution: (workflowId: string, nodeId: string, jobId?: string | null) => void;
  getTiming: (workflowId: string, nodeId: string, jobId?: string | null) => ExecutionTiming | undefined;
  /** End − start in ms; undefined while the node runs or when it never started. */
  getDuration: (workflowId: string, nodeId: string, jobId?: string | null) => number | undefined;
  /**
   * Forgets the timings of exactly this workflow (every job), or only of one job when `jobId` is given.
   * Other workflows are kept even when their id starts with this one.
   */
  clearTimings: (workflowId: string, jobId?: string | null) => void;
  /** The timings of one run by node id, in the shape `runRecordFromExecutionTimes` takes. */
  getRunTimings: (
    workflowId: string,
    jobId?: string | null,
  ) => Record<string, { start: number; end?: number }>;
  reset: () => void;
}

export type ExecutionTimeState = ExecutionTimeData & ExecutionTimeActions;
export type ExecutionTimeStoreApi = StoreApi<ExecutionTimeState>;

export interface CreateExecutionTimeStoreOptions {
  /** The clock, epoch ms. @default Date.now */
  now?: () => number;
}

/** The initial state: no timings. */
export function createInitialExecutionTimeState(): ExecutionTimeData {
  return { timings: {} };
}

// A JSON array cannot collide between ("a:b","c") and ("a","b:c"), and never equals "__proto__".
const timingKey = (workflowId: string, jobId: string | null, nodeId: string) =>
  JSON.stringify([workflowId, jobId, nodeId]);

/**
 * Creates an independent store (tests, or one per editor).
 *
 * @example
 * const store = createExecutionTimeStore();
 * store.getState().startExecution('wf', 'node-1', 'job-7');
 * store.getState().endExecution('wf', 'node-1', 'job-7');
 * store.getState().getDuration('wf', 'node-1', 'job-7'); // ms
 */
export function createExecutionTimeStore(
  options: CreateExecutionTimeStoreOptions = {},
): ExecutionTimeStoreApi {
  const now = options.now ?? Date.now;
  return createStore<ExecutionTimeState>()((set, get) => ({
    ...createInitialExecutionTimeState(),

    startExecution: (workflowId, nodeId, jobId = null) => {
      const timing: ExecutionTiming = { workflowId, jobId, nodeId, startTime: now() };
      set((state) => ({ timings: { ...state.timings, [timingKey(workflowId, jobId, nodeId)]: timing } }));
    },

    endExecution: (workflowId, nodeId, jobId = null) => {
      const key = timingKey(workflowId, jobId, nodeId);
      const existing = get().timings[key];
      if (!existing) return;
      set((state) => ({ timings: { ...state.timings, [key]: { ...existing, endTime: now() } } }));
    },

    getTiming: (workflowId, nodeId, jobId = null) => get().timings[timingKey(workflowId, jobId, nodeId)],

    getDuration: (workflowId, nodeId, jobId = null) => {
      const timing = get().timings[timingKey(workflowId, jobId, nodeId)];
      return timing?.endTime === undefined ? undefined : timing.endTime - timing.startTime;
    },

    clearTimings: (workflowId, jobId) => {
      const kept = Object.entries(get().timings).filter(
        ([, timing]) => timing.workflowId !== workflowId || (jobId !== undefined && timing.jobId !== jobId),
      );
      set({ timings: Object.fromEntries(kept) });
    },

    getRunTimings: (workflowId, jobId = null) => {
      const entries = Object.values(get().timings)
        .filter((timing) => timing.workflowId === workflowId && timing.jobId === jobId)
        .map((timing): [string, { start: number; end?: number }] => [
          timing.nodeId,
          timing.endTime === undefined
            ? { start: timing.startTime }
            : { start: timing.startTime, end: timing.endTime },
        ]);
      return Object.fromEntries(entries);
    },

    reset: () => set(createInitialExecutionTimeState()),
  }));
}

/** The app's execution-time store. */
export const executionTimeStore: ExecutionTimeStoreApi = createExecutionTimeStore();

/**
 * Selects from the app's execution-time store (or from `store`). Select plain slices; compute in actions.
 *
 * @example
 * const duration = useExecutionTimeStore((s) => s.getDuration(workflowId, nodeId));
 */
export function useExecutionTimeStore<T>(
  selector: (state: ExecutionTimeState) => T,
  store: ExecutionTimeStoreApi = executionTimeStore,
): T {
  return useStore(store, selector);
}
