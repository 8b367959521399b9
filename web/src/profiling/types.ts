/**
 * Public types of the analysis engine: its input, options and the profile it returns (schemaVersion 1).
 * This file is the contract between the engine, the estimators, the store, the CLI and the panel.
 * Framework-free: no React, Zustand, MUI or recharts import anywhere under web/src/profiling.
 */
import type { EditorEdge, EditorNode, NodetoolWorkflow } from '../workflow/nodetoolTypes';

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** Either a NodeTool saved workflow (`{ graph: { nodes, edges } }`) or React Flow nodes/edges. */
export type WorkflowInput = NodetoolWorkflow | { nodes: EditorNode[]; edges: EditorEdge[] };

// ---------------------------------------------------------------------------------------------
// Categories, hardware
// ---------------------------------------------------------------------------------------------

export type NodeCategory =
  | 'llm'
  | 'hosted-llm'
  | 'embedding'
  | 'image-diffusion'
  | 'video-diffusion'
  | 'speech-to-text'
  | 'text-to-speech'
  | 'audio-generation'
  | 'image-op'
  | 'audio-op'
  | 'video-op'
  | 'document'
  | 'data'
  | 'vector-db'
  | 'io'
  | 'http'
  | 'control'
  | 'input'
  | 'output'
  | 'layout';

export type HardwareVendor = 'apple' | 'nvidia' | 'amd' | 'intel' | 'cpu';

/** A device to estimate for. Custom specs use exactly these fields (`unifiedMemory` optional). */
export interface HardwareSpec {
  name: string;
  vendor: HardwareVendor;
  /** Peak memory bandwidth, GB/s (10⁹ bytes per second). */
  memoryBandwidthGBs: number;
  /** Dense FP16 peak, TFLOPS. */
  fp16Tflops: number;
  /** Device memory (VRAM, or unified memory on Apple), GB (10⁹ bytes). */
  memoryGb: number;
  /** True when CPU and GPU share memory (Apple silicon, CPU-only machines). */
  unifiedMemory?: boolean;
}

/** How sure an estimate is. */
export type Confidence = 'high' | 'medium' | 'low';

/** Where a node will execute; GPU nodes share the GPU lanes of the schedule. */
export type ExecutionDevice = 'gpu' | 'cpu' | 'remote' | 'none';

/** One assumed input, shown to the user and adjustable: e.g. `{ key: 'audioSeconds', value: 60, unit: 's' }`. */
export interface Assumption {
  key: string;
  label: string;
  value: number | string;
  unit?: string;
  /**
   * True when the user can change it: `ProfileOptions.assumptions[key]` (CLI `--assume key=value`) replaces
   * it. Absent for values taken from the node's own parameters or fixed by the estimator.
   */
  editable?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Issues (validation)
// ---------------------------------------------------------------------------------------------

export type IssueSeverity = 'error' | 'warning';

/** A validation problem, coded and located. Codes are listed in web/src/profiling/errors.ts. */
export interface ProfileIssue {
  code: string;
  severity: IssueSeverity;
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
  /** Every node concerned, when the issue spans several (e.g. the nodes of a cycle). */
  nodeIds?: string[];
}

// ---------------------------------------------------------------------------------------------
// Profile (schemaVersion 1)
// ---------------------------------------------------------------------------------------------

/** Per-node `details`: the fields that apply to the node's category, plus `source` and `assumptions`. */
export interface NodeDetails {
  /** How the number was obtained, e.g. "physics: decode bandwidth-bound, η=0.70 (calibrated)". */
  source: string;
  assumptions: Assumption[];
  // LLM
  model?: string;
  paramsB?: number;
  activeParamsB?: number;
  bitsPerWeight?: number;
  weightsGb?: number;
  kvCacheGb?: number;
  promptTokens?: number;
  outputTokens?: number;
  loadMs?: number;
  prefillMs?: number;
  decodeMs?: number;
  prefillTokensPerSec?: number;
  decodeTokensPerSec?: number;
  // Diffusion
  steps?: number;
  evalsPerStep?: number;
  msPerStep?: number;
  width?: number;
  height?: number;
  batch?: number;
  frames?: number;
  // Speech
  audioSeconds?: number;
  realTimeFactor?: number;
  // Item multiplication (nodes downstream of a list/stream producer)
  itemCount?: number;
  [key: string]: unknown;
}

export interface NodeProfile {
  id: string;
  type: string;
  title: string;
  category: NodeCategory;
  /** 1–20, monotone in work. */
  complexity: number;
  /** Estimated wall time of the node for all the items it processes. */
  runtimeMs: number;
  /** Estimated peak host RAM, MB (10⁶ bytes). */
  memoryMb: number;
  /** Estimated peak GPU memory, MB (10⁶ bytes). */
  vramMb: number;
  device: ExecutionDevice;
  fanIn: number;
  fanOut: number;
  level: number;
  earliestStartMs: number;
  slackMs: number;
  onCriticalPath: boolean;
  parallelizable: boolean;
  /** False when no metric definition matched the type (a default was used). */
  known: boolean;
  confidence: Confidence;
  /** Comment / Preview / Group and similar: zero cost, never a bottleneck. */
  layoutOnly: boolean;
  /** Id of the strongly connected component when the node is part of a cycle. */
  cycleIndex?: number;
  details: NodeDetails;
}

export interface ScoreMetric {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** Value scoring 0.90 and value scoring 0.50 on the log-normal curve. */
  p10: number;
  median: number;
  weight: number;
  /** 0–1. */
  score: number;
}

export interface ScheduleEntry {
  nodeId: string;
  startMs: number;
  endMs: number;
  /** 'gpu-0', 'worker-1', … */
  lane: string;
}

export interface ProfileSummary {
  /** Integer 0–100, or null when there is nothing to score (see `scoreReason`). */
  score: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | 'F' | null;
  scoreReason?: string;
  totalRuntimeMs: number;
  criticalPathMs: number;
  criticalPath: string[];
  makespanMs: number;
  peakMemoryMb: number;
  peakVramMb: number;
  parallelOpportunities: number;
  bottlenecks: string[];
  cycles: string[][];
  warnings: ProfileIssue[];
  nodeCount: number;
  edgeCount: number;
  unknownTypes: string[];
  unknownNodeCount: number;
  scoreBreakdown: ScoreMetric[];
  /** (Always set by profileWorkflow; optional for hand-built fixtures.) Why each bottleneck is one: on the critical path with a large share of its time, or a memory hot spot. */
  bottleneckDetails?: BottleneckDetail[];
  /** Number of parallel waves (levels: longest hop count from a source), layout nodes excluded. */
  waveCount?: number;
  /** Peak of RAM + VRAM held at once (what a unified-memory device must fit), MB. */
  peakCombinedMb?: number;
  /** Device memory the workflow may use (see docs/reference.md), MB. */
  usableMemoryMb?: number;
  /** (Set by profileWorkflow.) How much of the profile rests on real estimates; it caps the grade. */
  confidence?: ProfileConfidence;
  /** (Set by profileWorkflow when scored.) The score split into "how it is built" and "how it fits the device". */
  verdicts?: ScoreVerdicts;
}

/** Confidence of a profile (docs/reference.md, "Confidence and the grade cap"). */
export interface ProfileConfidence {
  level: Confidence;
  /** 0–1: the lower of `byCount` and `byRuntime`. */
  value: number;
  /** Mean confidence weight over work nodes (high 1, medium 0.8, low 0.5, no definition 0). */
  byCount: number;
  /** The same weights averaged by estimated runtime. */
  byRuntime: number;
  /** Share of work nodes without a metric definition. */
  unknownShare: number;
  /** Share of the estimated runtime in nodes without a metric definition. */
  unknownRuntimeShare: number;
}

/** One verdict: a sub-score over some of the score's metrics. */
export interface ScoreVerdict {
  /** Integer 0–100: the weighted mean of its metrics' scores. */
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  /** Its share of the overall score (sum of its metrics' weights). */
  weight: number;
  /** Ids of its metrics (`summary.scoreBreakdown`). */
  metrics: string[];
}

/** The overall score = structure × its weight + deviceFit × its weight (before any cap). */
export interface ScoreVerdicts {
  /** How the workflow is built: lane wait, nodes without a definition. Does not depend on the device. */
  structure: ScoreVerdict;
  /** How it fits the selected device: critical path and total runtime on it, memory headroom. */
  deviceFit: ScoreVerdict;
}

/** One bottleneck and the reason for it. */
export interface BottleneckDetail {
  nodeId: string;
  kind: 'time' | 'memory';
  /** Share of the critical path (time) or of usable device memory (memory), 0–1+. */
  share: number;
}

export interface Suggestion {
  id: string;
  /** 'parallelize' | 'quantize' | 'fewer-steps' | 'offload' | 'share-model' | … */
  kind: string;
  title: string;
  description: string;
  nodeIds: string[];
  savingsMs: number;
  savingsVramMb: number;
  scoreGain: number;
  /** Extra wall time the change costs (e.g. offload trades time for memory), ms; absent when it costs none. */
  costMs?: number;
}

export interface Profile {
  schemaVersion: 1;
  /** Always true: every number in a profile is an estimate. */
  estimated: true;
  generatedAt: string;
  hardware: HardwareSpec & { id?: string };
  options: { workers: number; gpuLanes: number; defaultItemCount: number };
  summary: ProfileSummary;
  nodes: NodeProfile[];
  schedule: ScheduleEntry[];
  suggestions: Suggestion[];
  /** Parallel waves: node ids by level (nodes of one wave do not depend on each other); layout nodes left out. */
  waves?: string[][];
  /** Workflow name when the input has one. */
  name?: string;
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

export interface ProfileOptions {
  /** Preset id (see hardware presets) or a custom spec. */
  hardware?: string | HardwareSpec;
  /** Concurrent CPU/remote workers in the schedule. @default 4 */
  workers?: number;
  /** GPU lanes: GPU nodes share the device. @default 1 */
  gpuLanes?: number;
  /** Items assumed for list/stream producers whose size the parameters do not give. @default 4 */
  defaultItemCount?: number;
  /** Metric tables (built-in + registered). @default the built-in tables */
  metrics?: import('./estimate/types').MetricTable;
  /** User overrides of assumptions, by assumption key (e.g. `{ audioSeconds: 120 }`). */
  assumptions?: Record<string, number>;
  /** Compute suggestions by re-running the analysis with each change. @default true */
  suggestions?: boolean;
  /**
   * What measured runs taught (from `buildCalibration`, or an imported JSON file): measured nodes take
   * their median measured time, nodes of a calibrated type are scaled by its factor. Applied only when
   * `calibration.hardware` is the selected hardware profile's id. @default none
   */
  calibration?: import('./calibration/types').Calibration;
  /**
   * Metric definitions written as plain data (the panel's "Define metrics" form, or a JSON file given to the
   * CLI with `--metrics`), added on top of `metrics` as user rules. @default none
   */
  customMetrics?: CustomMetric[];
}

/** A metric definition for one node type (or a `prefix*` pattern) as plain, serialisable data. */
export interface CustomMetric {
  /** Exact node type, or a prefix ending in `*`. */
  type: string;
  category: NodeCategory;
  /** Per execution (one item), ms. */
  runtimeMs: number;
  /** Host RAM, MB. */
  memoryMb: number;
  /** GPU memory, MB. */
  vramMb: number;
  device: ExecutionDevice;
  /** Where the numbers come from, shown as the node's source (e.g. "measured median of 3 runs"). */
  note?: string;
}
