/**
 * `workflow-performance-profiler/stores`: the profiler's Zustand stores. The panel and the hooks use the
 * package's own instances (`usePerformanceProfileStore`, `runHistoryStore`) unless a provider puts another
 * store in scope — e.g. one per editor tab, or a fresh one per test.
 *
 * @example
 * const store = createPerformanceProfileStore(); // in memory; pass { storage: () => localStorage } to persist
 * <PerformanceProfileStoreProvider store={store}>…</PerformanceProfileStoreProvider>
 */
export {
  createPerformanceProfileStore,
  createInitialProfileState,
  isProfileCurrent,
  usePerformanceProfileStore,
  type CreatePerformanceProfileStoreOptions,
  type AnalysisSource,
  type HardwareSelection,
  type PerformanceProfileActions,
  type PerformanceProfileData,
  type PerformanceProfileState,
  type PerformanceProfileStore,
  type ProfilerErrorInfo,
  type RegisteredMetric,
} from '../stores/PerformanceProfileStore';
export {
  PerformanceProfileStoreProvider,
  useProfileStoreApi,
  type PerformanceProfileStoreProviderProps,
} from '../stores/profile/PerformanceProfileStoreContext';
export {
  createRunHistoryStore,
  createInitialRunHistoryState,
  runHistoryStore,
  useRunHistoryStore,
  type CreateRunHistoryStoreOptions,
  type LiveNodeState,
  type LiveRun,
  type LiveRunStatus,
  type NewRun,
  type RunHistoryState,
  type RunHistoryStoreApi,
} from '../stores/RunHistoryStore';
export {
  RunHistoryStoreProvider,
  useRunHistoryStoreApi,
  type RunHistoryStoreProviderProps,
} from '../stores/runHistory/RunHistoryStoreContext';
export {
  createExecutionTimeStore,
  createInitialExecutionTimeState,
  executionTimeStore,
  useExecutionTimeStore,
  type CreateExecutionTimeStoreOptions,
  type ExecutionTimeActions,
  type ExecutionTimeData,
  type ExecutionTimeState,
  type ExecutionTimeStoreApi,
  type ExecutionTiming,
} from '../stores/ExecutionTimeStore';
