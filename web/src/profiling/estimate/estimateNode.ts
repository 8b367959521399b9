/**
 * Estimate one node for one execution: resolve its definition in the metric table, run its estimator (or use
 * the type defaults), then sanitise the result. Never throws.
 */
import { describeValue } from '../bounds/describeValue';
import { MAX_NODE_MEMORY_MB, MAX_NODE_RUNTIME_MS } from '../bounds/limits';
import type { ExecutionDevice, NodeCategory, ProfileIssue } from '../types';
import { CATEGORY_DEFAULTS } from './categoryDefaults';
import { computeComplexity } from './complexity';
import { fullEstimate } from './fullEstimate';
import { guessCategory } from './guessCategory';
import { takeFreshEstimate } from './estimators/finish';
import { resolveMetricDefinition } from './metricTable';
import type {
  EstimateContext,
  MetricTable,
  NodeEstimate,
  NodeMetricDefinition,
  NormalizedNode,
} from './types';

/** True when local models run on a GPU-class device (NVIDIA, AMD, Intel GPU, Apple). */
export function hasGpu(ctx: EstimateContext): boolean {
  return ctx.hardware?.vendor !== 'cpu';
}

function adaptDevice(device: ExecutionDevice, ctx: EstimateContext): ExecutionDevice {
  return device === 'gpu' && !hasGpu(ctx) ? 'cpu' : device;
}

function fromDefaults(
  node: NormalizedNode,
  ctx: EstimateContext,
  def: Pick<NodeMetricDefinition, 'category' | 'baseComplexity' | 'defaults' | 'source'>,
  known: boolean,
  source: string,
): NodeEstimate {
  const device = adaptDevice(def.defaults.device, ctx);
  const onCpu = device === 'cpu' && def.defaults.device === 'gpu';
  const memoryMb = def.defaults.memoryMb + (onCpu ? def.defaults.vramMb : 0);
  const vramMb = onCpu || !hasGpu(ctx) ? 0 : def.defaults.vramMb;
  const layoutOnly = def.category === 'layout';
  return {
    category: def.category,
    complexity: layoutOnly
      ? 1
      : computeComplexity(def.defaults.runtimeMs, memoryMb + vramMb, def.baseComplexity),
    runtimeMs: def.defaults.runtimeMs,
    memoryMb,
    vramMb,
    device: layoutOnly ? 'none' : device,
    known,
    confidence: known && def.category !== 'hosted-llm' && def.category !== 'http' ? 'medium' : 'low',
    layoutOnly,
    details: { source, assumptions: [] },
    modelKey: undefined,
    modelMemoryMb: undefined,
    modelVramMb: undefined,
    loadMs: undefined,
    emitsItems: undefined,
    collectsItems: undefined,
    warnings: undefined,
  };
}

/**
 * A runtime or memory figure of an estimate, finite and within [0, max]: anything else is replaced (0) or
 * clamped (max) with a warning naming the node and field, so no NaN or Infinity reaches the analysis.
 */
function bounded(
  value: unknown,
  field: string,
  max: number,
  node: NormalizedNode,
  warnings: ProfileIssue[],
): number {
  if (typeof value === 'number' && value >= 0 && value <= max) return value;
  const clamp = typeof value === 'number' && value > max;
  warnings.push({
    code: clamp ? 'estimate.clamped' : 'estimate.invalid-number',
    severity: 'warning',
    message: clamp
      ? `Node "${node.id}" (${node.type}): ${field} ${String(value)} is beyond the engine's bound ${max}; clamped to ${max}. Check the node's parameters and rule defaults.`
      : `Node "${node.id}" (${node.type}): estimator returned ${describeValue(value)} for ${field}; used 0.`,
    nodeId: node.id,
    field,
  });
  return clamp ? max : 0;
}

/** An optional part of a figure (model share, load time): finite and at most the whole, else dropped. */
function part(value: number | undefined, whole: number): number | undefined {
  if (typeof value !== 'number' || !(value >= 0)) return undefined;
  return value > whole ? whole : value;
}

/** Bound an estimate's numbers in place (the estimate is the caller's own copy). */
function boundNumbers(node: NormalizedNode, est: NodeEstimate, warnings: ProfileIssue[]): void {
  est.runtimeMs = bounded(est.runtimeMs, 'runtimeMs', MAX_NODE_RUNTIME_MS, node, warnings);
  est.memoryMb = bounded(est.memoryMb, 'memoryMb', MAX_NODE_MEMORY_MB, node, warnings);
  est.vramMb = bounded(est.vramMb, 'vramMb', MAX_NODE_MEMORY_MB, node, warnings);
  if (est.modelMemoryMb !== undefined) est.modelMemoryMb = part(est.modelMemoryMb, est.memoryMb);
  if (est.modelVramMb !== undefined) est.modelVramMb = part(est.modelVramMb, est.vramMb);
  if (est.loadMs !== undefined) est.loadMs = part(est.loadMs, est.runtimeMs);
}

/**
 * Clamp an estimator's numbers, fill details.source/assumptions, complexity and items. Estimates fresh from
 * `finishEstimate` (held by no one else) are fixed in place: same keys in the same order as the copy made
 * for any other estimate.
 */
function sanitize(node: NormalizedNode, est: NodeEstimate, def: NodeMetricDefinition): NodeEstimate {
  if (takeFreshEstimate(est)) return sanitizeInPlace(node, est, def);
  const warnings: ProfileIssue[] = Array.isArray(est.warnings) ? [...est.warnings] : [];
  const details = est.details && typeof est.details === 'object' ? est.details : undefined;
  const out: NodeEstimate = fullEstimate({
    ...est,
    details: {
      ...details,
      source: (typeof details?.source === 'string' && details.source) || def.source || 'type default',
      assumptions: Array.isArray(details?.assumptions) ? details.assumptions : [],
    },
  });
  boundNumbers(node, out, warnings);
  const c = Number.isFinite(est.complexity) ? est.complexity : def.baseComplexity;
  out.complexity = Math.min(20, Math.max(1, Math.round(c)));
  if (out.emitsItems === undefined && def.emitsItems) out.emitsItems = safeItems(def, node);
  if (def.collectsItems) out.collectsItems = true;
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}

function sanitizeInPlace(node: NormalizedNode, est: NodeEstimate, def: NodeMetricDefinition): NodeEstimate {
  const warnings: ProfileIssue[] = est.warnings ? [...est.warnings] : [];
  boundNumbers(node, est, warnings);
  const details = est.details;
  details.source = details.source || def.source || 'type default';
  if (!Array.isArray(details.assumptions)) details.assumptions = [];
  const c = Number.isFinite(est.complexity) ? est.complexity : def.baseComplexity;
  est.complexity = Math.min(20, Math.max(1, Math.round(c)));
  if (est.emitsItems === undefined && def.emitsItems) est.emitsItems = safeItems(def, node);
  if (def.collectsItems) est.collectsItems = true;
  if (warnings.length > 0) est.warnings = warnings;
  return est;
}

function safeItems(def: NodeMetricDefinition, node: NormalizedNode): number | null {
  try {
    const n = def.emitsItems?.(node);
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
  } catch {
    return null;
  }
}

/**
 * Estimate a node. Unknown types get `known: false`, low confidence and the defaults of a category guessed
 * from the type name; estimator failures fall back to the type defaults with an `estimate.failed` warning.
 * @example estimateNode({ id: 'a', type: 'nodetool.agents.Agent', title: 'Agent', params: {} }, ctx, table)
 */
export function estimateNode(node: NormalizedNode, ctx: EstimateContext, table: MetricTable): NodeEstimate {
  const type = typeof node?.type === 'string' ? node.type : '';
  // Well-formed nodes (all the engine passes) are used as they are; others get a type and parameters.
  const safeNode: NormalizedNode =
    node && type === node.type && node.params && typeof node.params === 'object'
      ? node
      : { ...node, type, params: node?.params && typeof node.params === 'object' ? node.params : {} };
  const def = type ? resolveMetricDefinition(table, type) : undefined;
  if (!def) {
    const category: NodeCategory = guessCategory(type);
    const base = CATEGORY_DEFAULTS[category];
    const est = fromDefaults(
      safeNode,
      ctx,
      { category, ...base },
      false,
      `unknown type: ${category} default (guessed from the type name)`,
    );
    est.confidence = 'low';
    return est;
  }
  if (!def.estimate) {
    return sanitize(
      safeNode,
      fromDefaults(safeNode, ctx, def, true, def.source ?? `type default (${def.category})`),
      def,
    );
  }
  try {
    return sanitize(safeNode, def.estimate(safeNode, ctx), def);
  } catch (error) {
    const est = fromDefaults(safeNode, ctx, def, true, `type default (${def.category}); estimator failed`);
    est.confidence = 'low';
    est.warnings = [
      {
        code: 'estimate.failed',
        severity: 'warning',
        message: `Node "${safeNode.id}" (${type}): estimator failed (${error instanceof Error ? error.message : String(error)}); used the ${def.category} defaults.`,
        nodeId: safeNode.id,
      },
    ];
    return sanitize(safeNode, est, def);
  }
}
