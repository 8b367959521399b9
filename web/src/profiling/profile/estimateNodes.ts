/**
 * Estimate every node in topological order, so that each node knows how much constant text reaches it
 * (`EstimateContext.upstreamTextChars`). Layout nodes are forced to zero cost whatever the table says.
 *
 * Text flow (an approximation, documented in docs/reference.md): a node passes on its own constant text
 * (parameters `value`, `template`, `string`, `text`, `prompt`, `content` holding strings) plus what reached it;
 * LLM nodes pass on their estimated output (output tokens × 4 characters) instead. Only data edges carry text;
 * each node's total is capped at 512,000 characters (128k tokens).
 */
import { estimateNode } from '../estimate/estimateNode';
import type { EstimateContext, MetricTable, NodeEstimate, NormalizedNode } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import { computeInSlotControl } from '../graph/controlSlots';
import { isLayoutType } from '../ingest/layoutTypes';
import type { HardwareSpec } from '../types';

const TEXT_KEYS = ['value', 'template', 'string', 'text', 'prompt', 'content'] as const;
/**
 * Cap on characters tracked per node: 128k tokens × 4 characters, the largest common LLM context window.
 * Summing along every path counts text shared by converging branches more than once; the cap bounds that.
 */
export const TEXT_CHARS_CAP = 512_000;
/** Characters per token used to turn LLM output tokens into text (≈ 4 for English, OpenAI tokenizer docs). */
const CHARS_PER_TOKEN = 4;

export interface EstimateEnvironment {
  hardware: HardwareSpec;
  assumptions: Record<string, number>;
  table: MetricTable;
}

export interface NodeEstimates {
  /** One estimate per node, indexed like the nodes. */
  estimates: NodeEstimate[];
  /** Characters of constant text reaching each node (the `upstreamTextChars` it was estimated with). */
  upstreamChars: Float64Array;
}

/** One estimate per node (indexed like `nodes`), computed in `nodeOrder`. */
export function estimateNodes(
  nodes: readonly NormalizedNode[],
  graph: GraphKernel,
  nodeOrder: Int32Array,
  env: EstimateEnvironment,
): NodeEstimates {
  const estimates = new Array<NodeEstimate>(nodes.length);
  const upstreamChars = new Float64Array(nodes.length);
  const textOut = new Float64Array(nodes.length);
  const done = new Uint8Array(nodes.length);
  const { start, adj } = graph.in;
  const inEdge = computeInSlotControl(graph);
  const memo = nodes.length >= MEMO_MIN_NODES ? new Map<string, NodeEstimate>() : undefined;
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let upstream = 0;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const u = adj[k]!;
      if (done[u] && !inEdge[k]) upstream += textOut[u]!;
    }
    if (upstream > TEXT_CHARS_CAP) upstream = TEXT_CHARS_CAP;
    const node = nodes[v]!;
    upstreamChars[v] = upstream;
    const estimate = memo
      ? estimateWithMemo(memo, node, upstream, env)
      : estimateOne(
          node,
          { hardware: env.hardware, upstreamTextChars: upstream, assumptions: env.assumptions },
          env.table,
        );
    estimates[v] = estimate;
    textOut[v] = Math.min(TEXT_CHARS_CAP, outgoingText(node, estimate, upstream));
    done[v] = 1;
  }
  return { estimates, upstreamChars };
}

/** Graphs at least this large memoise estimates of identical nodes (batch pipelines repeat nodes a lot). */
export const MEMO_MIN_NODES = 2000;
/** Parameter objects larger than this (serialised) are not memoised. */
const MEMO_MAX_KEY = 2000;

/**
 * Memoised estimate: nodes with the same type, parameters (as JSON) and upstream text share one estimate object
 * (read-only). Estimates that carry warnings are never shared: their messages name the node.
 */
/**
 * Memoised estimate: nodes with the same type and parameters (as JSON) share one estimate object (read-only).
 * The context's `upstreamTextChars` is a getter that records whether the estimator read it: estimates that
 * did not are shared whatever text reaches the node; those that did are shared only with the same upstream
 * text. Estimates that carry warnings are never shared (their messages name the node).
 */
function estimateWithMemo(
  memo: Map<string, NodeEstimate>,
  node: NormalizedNode,
  upstream: number,
  env: EstimateEnvironment,
): NodeEstimate {
  let json: string | undefined = '{}';
  if (hasOwnKeys(node.params)) {
    try {
      json = JSON.stringify(node.params);
    } catch {
      json = undefined;
    }
  }
  let readText = false;
  const ctx: EstimateContext = {
    hardware: env.hardware,
    get upstreamTextChars() {
      readText = true;
      return upstream;
    },
    assumptions: env.assumptions,
  };
  if (json === undefined || json.length > MEMO_MAX_KEY) return estimateOne(node, ctx, env.table);
  const key = `${node.type}\u0000${json}`;
  const hit = memo.get(key) ?? memo.get(`${key}\u0000${upstream}`);
  if (hit) return hit;
  const estimate = estimateOne(node, ctx, env.table);
  if (!estimate.warnings || estimate.warnings.length === 0)
    memo.set(readText ? `${key}\u0000${upstream}` : key, estimate);
  return estimate;
}

function hasOwnKeys(object: Record<string, unknown>): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}

/** Estimate one node, zeroing layout nodes. */
export function estimateOne(node: NormalizedNode, ctx: EstimateContext, table: MetricTable): NodeEstimate {
  const estimate = estimateNode(node, ctx, table);
  if (!isLayoutType(node.type) && !estimate.layoutOnly) return estimate;
  return {
    ...estimate,
    category: 'layout',
    runtimeMs: 0,
    memoryMb: 0,
    vramMb: 0,
    device: 'none',
    layoutOnly: true,
    modelKey: undefined,
    modelMemoryMb: undefined,
    modelVramMb: undefined,
    loadMs: undefined,
    emitsItems: undefined,
  };
}

function outgoingText(node: NormalizedNode, estimate: NodeEstimate, upstream: number): number {
  if (estimate.category === 'llm' || estimate.category === 'hosted-llm') {
    const tokens = estimate.details.outputTokens;
    return typeof tokens === 'number' && Number.isFinite(tokens) && tokens > 0 ? tokens * CHARS_PER_TOKEN : 0;
  }
  return ownText(node.params) + upstream;
}

/**
 * Characters of constant text a node holds in its text parameters. The keys are read directly: parameter
 * objects inherit only Object.prototype, which has none of these names.
 */
export function ownText(params: Record<string, unknown>): number {
  let chars = 0;
  for (let i = 0; i < TEXT_KEYS.length; i++) {
    const value = params[TEXT_KEYS[i]!];
    if (typeof value === 'string') chars += value.length;
  }
  return chars;
}
