/**
 * The analysis engine's public entry (framework-free: no React, Zustand, MUI or recharts import anywhere under
 * web/src/profiling). The store, the CLI and any Web Worker call these same functions.
 */
export { profileWorkflow } from './profile/profileWorkflow';
/** Drop the typed-array buffer kept for the next analysis (see docs/reference.md, "Scratch memory"). */
export { releaseScratch } from './graph/scratch';
export {
  CALIBRATION_VERSION,
  MAX_TYPE_FACTOR,
  MIN_TYPE_FACTOR,
  applyCalibration,
  computeNodeCostKey,
  formatFactor,
  hardwareKey,
  readCalibration,
  type Calibration,
  type CalibratedNode,
  type TypeFactor,
} from './calibration';
export { validateWorkflow, type ValidationResult } from './validate';
export {
  detectListShape,
  detectWorkflowShape,
  findParentLoops,
  ingestWorkflow,
  isControlEdge,
  isLayoutType,
  type IngestedWorkflow,
  type ListShapeDecision,
  type WorkflowShape,
} from './ingest';
export {
  ProfileError,
  isProfileError,
  ENGINE_CODES,
  type EngineCode,
  type ProfileErrorLocation,
} from './errors';
export { SCORING_MODEL, usableMemoryMb, type MetricCurve } from './score/scoringModel';
export {
  assessConfidence,
  confidenceLevel,
  CONFIDENCE_WEIGHTS,
  HIGH_CONFIDENCE,
  MEDIUM_CONFIDENCE,
} from './score/assessConfidence';
export { LOW_CONFIDENCE_CAP, MEDIUM_CONFIDENCE_CAP } from './score/capByConfidence';
export { splitVerdict, STRUCTURE_METRICS, DEVICE_FIT_METRICS } from './score/splitVerdict';
export { NEGLIGIBLE_SAVINGS_SHARE, isNegligibleSaving } from './suggestions/proposeSuggestions';
export { listAssumptions, type AssumptionEntry, type AssumptionOverrides } from './profile/listAssumptions';
export {
  applyCustomMetrics,
  readCustomMetric,
  readCustomMetrics,
  readCustomMetricsFile,
  writeCustomMetricsFile,
  toMetricDefinition,
  CUSTOM_METRICS_KIND,
  CUSTOM_METRICS_VERSION,
  NODE_CATEGORIES,
  EXECUTION_DEVICES,
} from './custom/customMetrics';
export { scoreLogNormal } from './score/logNormalScore';
export { gradeScore, type Grade } from './score/gradeScore';
export {
  DEFAULT_WORKERS,
  DEFAULT_GPU_LANES,
  DEFAULT_ITEM_COUNT,
  checkProfileOptions,
} from './profile/resolveOptions';
export {
  HARDWARE_PRESETS,
  DEFAULT_HARDWARE_ID,
  resolveHardware,
  findHardwarePreset,
  validateHardwareSpec,
  type HardwarePreset,
} from './hardware';
export {
  createBuiltinMetricTable,
  registerMetricRule,
  resolveMetricDefinition,
  estimateNode,
} from './estimate';
export type * from './types';
export type {
  NormalizedNode,
  EstimateContext,
  NodeEstimate,
  NodeMetricDefinition,
  MetricRule,
  MetricTable,
} from './estimate/types';
