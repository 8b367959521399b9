/**
 * Comparing profiles (framework-free: no React, Zustand, MUI or recharts): the panel's deltas and compare
 * view and the CLI's `diff` and `--baseline` call the same functions.
 */
export { diffProfiles, DEFAULT_DIFF_TOLERANCE } from './diffProfiles';
export { diffParams, diffEdges } from './diffStructure';
export { readWorkflowStructure, type WorkflowStructure, type StructureNode } from './readWorkflowStructure';
export { figureDelta } from './figureDelta';
export {
  formatDelta,
  formatRelativeChange,
  formatGradeChange,
  deltaTone,
  gradeTone,
  type DeltaUnit,
  type DeltaTone,
} from './formatDelta';
export type * from './types';
export { buildTrendSeries, type TrendPoint } from './buildTrendSeries';
export { formatParamValue, formatParamChange, PARAM_VALUE_MAX_CHARS } from './formatParamValue';
