/**
 * Estimate every node in topological order, so that each node knows how much constant text reaches it
 * (`EstimateContext.upstreamTextChars`). Layout nodes are forced to zero cost whatever the table says.
 *
 * Text flow (an approximation, documented in docs/reference.md): a node passes on its own constant text
 * (parameters `value`, `template`, `string`, `text`, `prompt`, `content` holding strings) plus what reached it;
 * LLM nodes pass on their estimated output (output tokens × 4 characters) instead. Only data edges carry text;
 * each node's total is capped at 512,000 characters (128k tokens).
 */
import { allocFloat64, allocUint8 } from '../graph/scratch';
import { estimateNode } from '../estimate/estimateNode';
import type { EstimateContext, MetricTable, NodeEstimate, NormalizedNode } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import { computeInSlotControl } from '../graph/controlSlots';
import { isLayoutType } from '../ingest/layoutTypes';
import { mergeMedia, outgoingMedia, type UpstreamMedia } from './mediaFlow';
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
  /** Media sizes reaching a node (the `upstreamMedia` it was estimated with), for the nodes that have any. */
  upstreamMedia: Map<number, UpstreamMedia>;
}

/** One estimate per node (indexed like `nodes`), computed in `nodeOrder`. */
export function estimateNodes(
  nodes: readonly NormalizedNode[],
  graph: GraphKernel,
  nodeOrder: Int32Array,
  env: EstimateEnvironment,
): NodeEstimates {
  const estimates = new Array<NodeEstimate>(nodes.length);
  const upstreamChars = allocFloat64(nodes.length);
  const textOut = allocFloat64(nodes.length);
  const done = allocUint8(nodes.length);
  const { start, adj } = graph.in;
  const inEdge = computeInSlotControl(graph);
  const memo: Memo | undefined = nodes.length >= MEMO_MIN_NODES ? new Map() : undefined;
  // Media sizes are rare: a sparse map of what each node outputs, and what reached each node.
  const mediaOut = new Map<number, UpstreamMedia>();
  const upstreamMedia = new Map<number, UpstreamMedia>();
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let upstream = 0;
    let media: UpstreamMedia | undefined;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const u = adj[k]!;
      if (!done[u] || inEdge[k]) continue;
      upstream += textOut[u]!;
      if (mediaOut.size > 0) media = mergeMedia(media, mediaOut.get(u));
    }
    if (upstream > TEXT_CHARS_CAP) upstream = TEXT_CHARS_CAP;
    const node = nodes[v]!;
    upstreamChars[v] = upstream;
    let estimate: NodeEstimate;
    if (media) {
      upstreamMedia.set(v, media);
      const ctx = {
        hardware: env.hardware,
        upstreamTextChars: upstream,
        assumptions: env.assumptions,
        upstreamMedia: media,
      };
      estimate = estimateOne(node, ctx, env.table);
    } else if (memo) {
      estimate = estimateWithMemo(memo, node, upstream, env);
    } else {
      const ctx = { hardware: env.hardware, upstreamTextChars: upstream, assumptions: env.assumptions };
      estimate = estimateOne(node, ctx, env.table);
    }
    estimates[v] = estimate;
    textOut[v] = Math.min(TEXT_CHARS_CAP, outgoingText(node, estimate, upstream));
    const out = outgoingMedia(node, estimate, media);
    if (out) mediaOut.set(v, out);
    done[v] = 1;
  }
  return { estimates, upstreamChars, upstreamMedia };
}

/** Graphs at least this large memoise estimates of identical nodes (batch pipelines repeat nodes a lot). */
export const MEMO_MIN_NODES = 64;
/** Remembered estimates per node type (most recent first out when full). */
const MEMO_PER_TYPE = 16;

interface MemoEntry {
  params: Record<string, unknown>;
  /** The upstream text the estimate was made with, or -1 when the estimator did not read it. */
  upstream: number;
  estimate: NodeEstimate;
}

type Memo = Map<string, { entries: MemoEntry[]; next: number }>;

/**
 * Memoised estimate: nodes with the same type and equal parameters (compared two levels deep) share one
 * estimate object (read-only). The context's `upstreamTextChars` is a getter that records whether the
 * estimator read it: estimates that did not are shared whatever text reaches the node; those that did only
 * with the same upstream text. Estimates that carry warnings are never shared (their messages name the node).
 */
function estimateWithMemo(
  memo: Memo,
  node: NormalizedNode,
  upstream: number,
  env: EstimateEnvironment,
): NodeEstimate {
  let slot = memo.get(node.type);
  if (slot) {
    const entries = slot.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if ((entry.upstream === -1 || entry.upstream === upstream) && sameParams(entry.params, node.params)) {
        return entry.estimate;
      }
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
  const estimate = estimateOne(node, ctx, env.table);
  if (estimate.warnings && estimate.warnings.length > 0) return estimate;
  if (!slot) {
    slot = { entries: [], next: 0 };
    memo.set(node.type, slot);
  }
  const entry: MemoEntry = { params: node.params, upstream: readText ? upstream : -1, estimate };
  if (slot.entries.length < MEMO_PER_TYPE) slot.entries.push(entry);
  else slot.entries[slot.next++ % MEMO_PER_TYPE] = entry;
  return estimate;
}

/** Equal parameter objects: same own keys; values equal as primitives, or as objects/arrays of primitives. */
function sameParams(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameValue(a[key], b[key], 1)) return false;
  }
  for (const key in b) if (Object.prototype.hasOwnProperty.call(b, key)) count--;
  return count === 0;
}

function sameValue(x: unknown, y: unknown, depth: number): boolean {
  if (x === y) return true;
  if (depth === 0 || typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  let count = 0;
  for (const key in xo) {
    if (!Object.prototype.hasOwnProperty.call(xo, key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(yo, key) || !sameValue(xo[key], yo[key], depth - 1))
      return false;
  }
  for (const key in yo) if (Object.prototype.hasOwnProperty.call(yo, key)) count--;
  return count === 0;
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
