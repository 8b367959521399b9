/**
 * Types of a profile comparison: what changed between two profiles (two versions of a workflow, or one
 * workflow on two devices), figure by figure and node by node. Framework-free: the panel, the store and the
 * CLI (`profile -- diff`, `--baseline`) read the same result.
 */
import type { NodeCategory, ProfileSummary } from '../profiling/types';
import type { WorkflowStructure } from './readWorkflowStructure';

/** One figure on both sides. `null` where a side has no value (e.g. no score, or a node absent on a side). */
export interface FigureDelta {
  before: number | null;
  after: number | null;
  /** `after − before`, or null when either side is null. */
  delta: number | null;
  /** `after / before`, or null when either side is null or `before` is 0. */
  ratio: number | null;
}

/** A letter grade on both sides. */
export interface GradeDelta {
  before: ProfileSummary['grade'];
  after: ProfileSummary['grade'];
  changed: boolean;
}

/** The summary figures of the two profiles and their change. Units as in `ProfileSummary`. */
export interface SummaryDiff {
  makespanMs: FigureDelta;
  criticalPathMs: FigureDelta;
  totalRuntimeMs: FigureDelta;
  /** Peak host RAM, MB. */
  peakMemoryMb: FigureDelta;
  peakVramMb: FigureDelta;
  /** Score 0–100 (null on a side that has nothing to score). */
  score: FigureDelta;
  grade: GradeDelta;
  nodeCount: FigureDelta;
  edgeCount: FigureDelta;
  parallelOpportunities: FigureDelta;
}

/** How a node differs between the two sides. */
export type NodeChange = 'added' | 'removed' | 'changed' | 'same';

/** A parameter whose value differs. `undefined` on the side where the parameter is not set. */
export interface ParamChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** A node's estimated cost on one side. */
export interface NodeFigures {
  runtimeMs: number;
  vramMb: number;
  memoryMb: number;
  onCriticalPath: boolean;
}

/** One node of either side. */
export interface NodeDiff {
  id: string;
  /** Title and type on the `after` side (the `before` side for removed nodes). */
  title: string;
  type: string;
  category: NodeCategory;
  change: NodeChange;
  before: NodeFigures | null;
  after: NodeFigures | null;
  /** `after − before`; an absent side counts as 0 (an added node adds its whole cost). */
  runtimeMsDelta: number;
  vramMbDelta: number;
  memoryMbDelta: number;
  /** Parameters that differ; set only when both workflows were given and the node is on both sides. */
  paramChanges?: ParamChange[];
  /** Type on the `before` side when it differs from `type`. */
  typeBefore?: string;
  /**
   * What the rows are sorted by: the runtime change as a share of the larger makespan plus the VRAM change
   * as a share of the larger VRAM peak (each 0 when its scale is 0). 0 for a node that did not change.
   */
  impact: number;
}

/** A dependency between two nodes (handles are not compared: see `diffEdges`). */
export interface EdgeKey {
  source: string;
  target: string;
  kind: 'data' | 'control';
}

/** Nodes and edges added and removed, and how many nodes had parameters changed. */
export interface StructureDiff {
  nodesAdded: string[];
  nodesRemoved: string[];
  /** Ids of nodes on both sides whose type or parameters differ (known only when workflows were given). */
  nodesWithChangedParams: string[];
  /** Null when the workflows were not given (a profile holds no edges). */
  edgesAdded: EdgeKey[] | null;
  edgesRemoved: EdgeKey[] | null;
}

/** What the two sides were estimated on. */
export interface HardwareDiff {
  before: string;
  after: string;
  /** Preset ids when known. */
  beforeId?: string;
  afterId?: string;
  changed: boolean;
}

/** The result of `diffProfiles`. */
export interface ProfileDiff {
  summary: SummaryDiff;
  hardware: HardwareDiff;
  structure: StructureDiff;
  /** Every node of either side, highest `impact` first; then added, removed, changed, same; then by id. */
  nodes: NodeDiff[];
  /** Counts of `nodes` by change. */
  counts: Record<NodeChange, number>;
}

/** Options of `diffProfiles`. */
export interface DiffOptions {
  /**
   * The workflows the two profiles were computed from (any shape the engine reads). With them the diff also
   * lists changed parameters and edges added or removed; without them it compares costs and node sets only.
   */
  workflows?: { before: unknown; after: unknown };
  /**
   * The same, already read with `readWorkflowStructure` (callers that compare one graph several times keep
   * its structure instead of reading it again). Takes precedence over `workflows`.
   */
  structures?: { before: WorkflowStructure; after: WorkflowStructure };
  /**
   * Cost differences at or below this many ms (runtime) or MB (VRAM, RAM) count as no change.
   * @default 0.5
   */
  tolerance?: number;
}
