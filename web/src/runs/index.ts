/**
 * The measured-runs model's public entry (framework-free): parsers of run files, the derivation of a
 * `RunRecord`, and the workflow version hash.
 */
export { parseRecordingText, serializeRecording, type ParseRecordingOptions } from './parseRecording';
export { deriveRunRecord, runRecordId, type DeriveRunOptions } from './deriveRun';
export { computeWorkflowVersion } from './workflowVersion';
export { createWorkflowVersionMemo, type WorkflowVersionMemo } from './workflowVersionMemo';
export { parseTraceFile, type ParseTraceOptions } from './parseTraceFile';
export { parseDebugBundle, type DebugBundleFiles } from './parseDebugBundle';
export { importRunText, detectRunFileKind, type ImportedRun, type RunFileKind } from './importRun';
export { attachMeasurements, type Measurements } from './measure/attachMeasurements';
export { median } from './measure/median';
export { runRecordFromExecutionTimes } from './fromExecutionTimes';
export {
  buildCalibration,
  measureAccuracy,
  computeErrorFactor,
  describeAccuracyChange,
  formatErrorFactor,
  learnTypeFactor,
  FACTOR_SHRINKAGE_K,
  MIN_FACTOR_SAMPLES,
  type Accuracy,
  type NodeError,
  type RunAccuracy,
  type BuildCalibrationOptions,
} from './calibrate';
export { DEFAULT_MAX_BYTES } from './textSize';
export { BURST_MS, MIN_BLOCKING_MS } from './flagExecutions';
export {
  RUN_RECORD_VERSION,
  RunParseError,
  isRunParseError,
  describeRunErrorPlace,
  type RunStatus,
  type RunSource,
  type TrustFlag,
  type NodeExecution,
  type NodeRunStatus,
  type NodeRun,
  type RunRecord,
  type RecordingLine,
  type RunErrorCode,
  type NodeActual,
  type ActualSummary,
} from './types';
