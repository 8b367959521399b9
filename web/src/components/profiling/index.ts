/**
 * The profiler's UI for integrators. Importing this barrel does not load recharts: `PerformanceProfiler`
 * here is the lazy-loaded panel wrapped in Suspense; the chart code arrives when it first renders (or when
 * `preloadPerformanceProfiler()` is called, e.g. on hover of the toolbar button).
 *
 * @example
 * import { PerformanceProfiler, useProfilerShortcut, buildHeatOverlay, HeatLegend } from '../components/profiling';
 */
export { PerformanceProfiler, preloadPerformanceProfiler } from './LazyPerformanceProfiler';
export type { PerformanceProfilerProps, ProfilerViewState } from './PerformanceProfiler';
export {
  useProfilerShortcut,
  isProfilerShortcut,
  isApplePlatform,
  formatProfilerShortcut,
  type ProfilerShortcutOptions,
} from './useProfilerShortcut';
export {
  buildHeatOverlay,
  buildHeatDecorations,
  buildHeatBands,
  classifyRuntimeShare,
  classifyRuntimeRank,
  rankQuantiles,
  HEAT_QUANTILES,
  edgeKey,
  HEAT_THRESHOLDS,
  type HeatOverlay,
  type HeatBand,
  type HeatBandId,
  type NodeHeat,
  type EdgeHeat,
  type HeatDecoration,
  type HeatDecorations,
} from './heatOverlay';
export { HeatLegend, type HeatLegendProps } from './HeatLegend';
export { useHeatDecorations } from './useHeatDecorations';
export { ProfilerToolbarButton, type ProfilerToolbarButtonProps } from './ProfilerToolbarButton';
export {
  useProfilerController,
  type ProfilerController,
  type ProfilerControllerOptions,
} from './useProfilerController';
export { formatDuration, formatMegabytes, formatShare } from './format';
export { getGradeColors, getCriticalPathColor } from './profileColors';

// Measured runs: the run-history store (IndexedDB) and what an editor calls to add runs and report a live run.
export {
  createRunHistoryStore,
  runHistoryStore,
  useRunHistoryStore,
  type CreateRunHistoryStoreOptions,
  type LiveNodeState,
  type LiveRun,
  type LiveRunStatus,
  type NewRun,
  type RunHistoryState,
  type RunHistoryStoreApi,
} from '../../stores/RunHistoryStore';
export {
  RunHistoryStoreProvider,
  useRunHistoryStoreApi,
  type RunHistoryStoreProviderProps,
} from '../../stores/runHistory/RunHistoryStoreContext';
export { useRunHistoryActions, type RunHistoryEditorActions } from '../../hooks/useRunHistoryActions';
export { useRunMeasurements } from '../../hooks/useRunMeasurements';

// Where analyses run: the app installs a worker analyser on the profiler store (see app/analysis).
export {
  createMainThreadAnalyser,
  createWorkerAnalyser,
  type AnalysisWorkerLike,
  type ProfileAnalyser,
  type WorkerAnalyserOptions,
} from '../../stores/profile/analysis';
export { usePerformanceProfileStore } from '../../stores/PerformanceProfileStore';
