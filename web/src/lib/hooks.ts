/**
 * `workflow-performance-profiler/hooks`: the React hooks over the profiler's stores (no MUI, no charts).
 *
 * @example
 * const { profile, analyzeWorkflow, isAnalyzing } = usePerformanceProfiler('my-workflow');
 */
export { usePerformanceProfiler, type UsePerformanceProfilerResult } from '../hooks/usePerformanceProfiler';
export { useRunMeasurements } from '../hooks/useRunMeasurements';
export { useRunHistoryActions, type RunHistoryEditorActions } from '../hooks/useRunHistoryActions';
export { useCalibrationAccuracy, type CalibrationAccuracy } from '../hooks/useCalibrationAccuracy';
