/**
 * Contract between the graph engine and the per-node estimators (metric tables).
 * The engine normalises every input node to a `NormalizedNode`, builds an `EstimateContext`, and asks the
 * metric table for a `NodeEstimate`. Framework-free.
 */
import type {
  Assumption,
  Confidence,
  ExecutionDevice,
  HardwareSpec,
  NodeCategory,
  NodeDetails,
  ProfileIssue,
} from '../types';

/** A node as the engine sees it, whatever the input shape. */
export interface NormalizedNode {
  id: string;
  /** NodeTool type, e.g. `nodetool.agents.Agent`. */
  type: string;
  /** ui title, `data.title`, or the short name of the type. */
  title: string;
  /** Parameters: NodeTool `data`, or React Flow `data.properties`. Never null. */
  params: Record<string, unknown>;
  parentId?: string;
}

/** What the engine knows about a node's surroundings when estimating it. */
export interface EstimateContext {
  hardware: HardwareSpec;
  /**
   * Characters of constant text (constants, string inputs, templates) that reach this node through its
   * incoming data edges; used for prompt-token estimates (tokens ≈ chars / 4).
   */
  upstreamTextChars: number;
  /** User overrides of assumptions, by assumption key. */
  assumptions: Record<string, number>;
  /**
   * Optional: sizes the engine knows from upstream constants (e.g. an audio constant's `duration`, an image
   * constant's width/height). When present they replace the corresponding assumption (`audioSeconds`,
   * `imageWidth`, `imageHeight`).
   */
  upstreamMedia?: { audioSeconds?: number; imageWidth?: number; imageHeight?: number };
}

/** One node's estimate for ONE execution (one item). The engine multiplies time by the item count. */
export interface NodeEstimate {
  category: NodeCategory;
  complexity: number;
  runtimeMs: number;
  memoryMb: number;
  vramMb: number;
  device: ExecutionDevice;
  known: boolean;
  confidence: Confidence;
  /** Zero-cost layout nodes (Comment, Preview, Group): never bottlenecks. */
  layoutOnly: boolean;
  /**
   * Identity of the model weights the node loads (e.g. `ollama:qwen3:4b@Q4_K_M`). Nodes with the same key
   * share one resident copy: the schedule counts its memory once while resident.
   */
  modelKey?: string;
  /** Part of `memoryMb`/`vramMb` that is the shared model weights (counted once per modelKey). */
  modelMemoryMb?: number;
  modelVramMb?: number;
  /** Part of runtimeMs spent loading weights (saved when a model is already resident). */
  loadMs?: number;
  /**
   * When the node produces a list or stream whose items run downstream nodes once each: the item count
   * (from parameters), or null when unknown (the engine then uses `defaultItemCount`).
   */
  emitsItems?: number | null;
  /**
   * True for a collector (NodeTool's Collect): it gathers the items of the streams reaching it into one list,
   * running once after their end, and ends the item count there.
   */
  collectsItems?: boolean;
  details: NodeDetails;
  /**
   * Parameter problems found while estimating (NaN, negative or absurd values that were clamped, unreadable
   * model ids). Codes `param.*`, located by node id and field. The engine adds them to the profile's warnings.
   */
  warnings?: ProfileIssue[];
}

/** A node-type definition in a metric table. */
export interface NodeMetricDefinition {
  category: NodeCategory;
  /** 1–20, used for the type default and as a floor. */
  baseComplexity: number;
  /** Type defaults: used when no estimator is given or it cannot read the parameters. */
  defaults: { runtimeMs: number; memoryMb: number; vramMb: number; device: ExecutionDevice };
  /** Physics-based estimator; returns a full estimate for one execution. */
  estimate?: (node: NormalizedNode, ctx: EstimateContext) => NodeEstimate;
  /** Produces a list/stream: how many items (null = unknown, use default). */
  emitsItems?: (node: NormalizedNode) => number | null;
  /** Gathers the items of incoming streams into one list (runs once, after the streams end). */
  collectsItems?: boolean;
  /** Short human description of the source of the numbers. */
  source?: string;
}

/** A rule: an exact type (`nodetool.agents.Agent`) or a pattern ending in `*` (`huggingface.text_to_image.*`). */
export interface MetricRule {
  pattern: string;
  definition: NodeMetricDefinition;
}

/**
 * Metric tables: exact matches in a Map (no prototype pollution), patterns checked longest first.
 * Registered (user) rules win over built-in ones.
 */
export interface MetricTable {
  exact: Map<string, NodeMetricDefinition>;
  patterns: MetricRule[];
  /** Rules added with `registerMetricRule`: checked before the built-in ones (exact, then longest pattern). */
  user?: { exact: Map<string, NodeMetricDefinition>; patterns: MetricRule[] };
}

export type { Assumption };
