/**
 * `workflow-performance-profiler`: the Performance Profiler for React hosts — the panel, the hooks, the
 * stores, and what an editor needs to integrate it (Ctrl/Cmd+P shortcut, toolbar button, heat overlay).
 * The framework-free engine is `workflow-performance-profiler/engine`.
 *
 * Peer dependencies: react, react-dom, @mui/material, @emotion/react, @emotion/styled, zustand (and
 * @xyflow/react for a canvas the heat overlay decorates). The panel's chart code (recharts) loads on its
 * first render.
 *
 * @example
 * import { PerformanceProfiler } from 'workflow-performance-profiler';
 * <PerformanceProfiler nodes={nodes} edges={edges} />
 */
export {
  PerformanceProfiler,
  DEFAULT_WORKFLOW_ID,
  type PerformanceProfilerProps,
} from './StandalonePerformanceProfiler';
export {
  preloadPerformanceProfiler,
  type ProfilerViewState,
  useProfilerShortcut,
  isProfilerShortcut,
  isApplePlatform,
  formatProfilerShortcut,
  type ProfilerShortcutOptions,
  buildHeatOverlay,
  buildHeatDecorations,
  buildHeatBands,
  classifyRuntimeShare,
  edgeKey,
  HEAT_THRESHOLDS,
  type HeatOverlay,
  type HeatBand,
  type HeatBandId,
  type NodeHeat,
  type EdgeHeat,
  type HeatDecoration,
  type HeatDecorations,
  HeatLegend,
  type HeatLegendProps,
  useHeatDecorations,
  ProfilerToolbarButton,
  type ProfilerToolbarButtonProps,
  useProfilerController,
  type ProfilerController,
  type ProfilerControllerOptions,
  formatDuration,
  formatMegabytes,
  formatShare,
  getGradeColors,
  getCriticalPathColor,
} from '../components/profiling';
export * from './hooks';
export * from './stores';
export type { EditorEdge, EditorNode, EditorNodeData } from '../workflow/nodetoolTypes';
export type { Profile, HardwareSpec } from '../profiling/types';
