/**
 * Estimate every node in topological order, so that each node knows how much constant text reaches it
 * (`EstimateContext.upstreamTextChars`). Layout nodes are forced to zero cost whatever the table says.
 *
 * Text flow (an approximation, documented in docs/reference.md): a node passes on its own constant text
 * (parameters `value`, `template`, `string`, `text`, `prompt`, `content` holding strings) plus what reached it;
 * LLM nodes pass on their estimated output (output tokens × 4 characters) instead. Only data edges carry text;
 * each node's total is capped at 512,000 characters (128k tokens).
 */
import { allocFloat64, allocInt32, allocUint8 } from '../graph/scratch';
import { estimateNode } from '../estimate/estimateNode';
import type { EstimateContext, MetricTable, NodeEstimate, NormalizedNode } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import type { IngestedNodes } from '../ingest/types';
import { computeInSlotControl } from '../graph/controlSlots';
import { isLayoutType } from '../ingest/layoutTypes';
import {
  changesMedia,
  combineOutgoingMedia,
  internMedia,
  mergeMedia,
  readOwnMedia,
  type UpstreamMedia,
} from './mediaFlow';
import type { HardwareSpec } from '../types';
import { assignOwn } from '../ingest/readFields';
import { keepUntilNextRun } from '../graph/keptObjects';
import {
  findEstimate,
  groupNodes,
  groupOutgoingMedia,
  MEMO_MIN_NODES,
  recordingContext,
  rememberEstimate,
} from './estimateMemo';

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
  /**
   * One estimate per node, indexed like the nodes. Equal nodes share one estimate object (read-only): its
   * `warnings` may name the node it was computed for — `warningsFor(estimate, id)` gives them for any node.
   */
  estimates: NodeEstimate[];
  /** Characters of constant text reaching each node (the `upstreamTextChars` it was estimated with). */
  upstreamChars: Float64Array;
  /** Media sizes reaching each node (the `upstreamMedia` it was estimated with), undefined for most nodes. */
  upstreamMedia: Array<UpstreamMedia | undefined>;
}

/** One estimate per node (indexed like `nodes`), computed in `nodeOrder`. */
export function estimateNodes(
  nodes: IngestedNodes,
  graph: GraphKernel,
  nodeOrder: Int32Array,
  env: EstimateEnvironment,
): NodeEstimates {
  const n = nodes.nodeCount;
  const estimates = new Array<NodeEstimate>(n);
  const upstreamChars = allocFloat64(n);
  const textOut = allocFloat64(n);
  const done = allocUint8(n);
  const { start, adj } = graph.in;
  const inEdge = computeInSlotControl(graph);
  const memo = n >= MEMO_MIN_NODES ? groupNodes(nodes) : undefined;
  // What each node outputs and what reached it. Media objects are shared read-only between nodes (copied
  // before any change), and interned: equal sizes get the same small id, the memo's key.
  const mediaOut = new Array<UpstreamMedia | undefined>(n);
  const mediaOutId = allocInt32(n);
  const upstreamMedia = new Array<UpstreamMedia | undefined>(n);
  const interned = new Map<string, number>();
  let anyMedia = false;
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let upstream = 0;
    let media: UpstreamMedia | undefined;
    let mediaId = 0;
    let owned = false;
    for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
      const u = adj[k]!;
      if (!done[u] || (inEdge !== null && inEdge[k])) continue;
      upstream += textOut[u]!;
      if (!anyMedia) continue;
      const add = mediaOut[u];
      if (!add) continue;
      if (!media) {
        media = add;
        mediaId = mediaOutId[u]!;
      } else if (mediaOutId[u] !== mediaId && changesMedia(media, add)) {
        if (!owned) media = assignOwn({}, media);
        owned = true;
        mergeMedia(media, add);
        mediaId = -1;
      }
    }
    if (media && mediaId === -1) mediaId = internMedia(interned, media);
    if (upstream > TEXT_CHARS_CAP) upstream = TEXT_CHARS_CAP;
    upstreamChars[v] = upstream;
    if (media) upstreamMedia[v] = media;
    const g = memo ? memo.groupOf[v]! : -1;
    const group = g >= 0 ? memo!.groups[g]! : undefined;
    let estimate: NodeEstimate | undefined;
    if (group) {
      // A hit does not read the node object at all.
      estimate = findEstimate(group, upstream, mediaId);
      if (!estimate) {
        const node = nodes.node(v);
        const ctx = recordingContext(env.hardware, env.assumptions, upstream, media);
        estimate = estimateOne(node, ctx, env.table);
        rememberEstimate(group, ctx, node.id, upstream, mediaId, estimate);
      }
      if (group.ownText < 0) group.ownText = ownText(group.params);
    } else {
      estimate = estimateOne(nodes.node(v), estimateContext(env, upstream, media), env.table);
    }
    estimates[v] = estimate;
    // What the node passes on depends on its parameters and category: memo groups keep it.
    const ownChars = group ? group.ownText : ownText(nodes.params[v]!);
    textOut[v] = Math.min(TEXT_CHARS_CAP, outgoingText(estimate, ownChars, upstream));
    let out: UpstreamMedia | undefined;
    let outId = 0;
    if (group) {
      const passed = groupOutgoingMedia(group, estimate.category, media, media ? mediaId : 0, interned);
      out = passed.media;
      outId = passed.id;
    } else {
      out = combineOutgoingMedia(estimate.category, readOwnMedia(nodes.params[v]!, estimate.category), media);
      if (out) outId = out === media ? mediaId : internMedia(interned, out);
    }
    if (out) {
      anyMedia = true;
      mediaOut[v] = out;
      mediaOutId[v] = outId;
    }
    done[v] = 1;
  }
  keepUntilNextRun([memo, mediaOut, env]);
  return { estimates, upstreamChars, upstreamMedia };
}

/**
 * The context a node is estimated in: the hardware, the user's assumptions, and the constant text and media
 * sizes that reach it (`upstreamMedia` only when some do). Re-estimation uses it too, so a suggestion's
 * changed estimate differs from the original by the parameter change alone.
 */
export function estimateContext(
  env: Pick<EstimateEnvironment, 'hardware' | 'assumptions'>,
  upstreamTextChars: number,
  media: UpstreamMedia | undefined,
): EstimateContext {
  const { hardware, assumptions } = env;
  return media
    ? { hardware, upstreamTextChars, assumptions, upstreamMedia: media }
    : { hardware, upstreamTextChars, assumptions };
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
    collectsItems: undefined,
  };
}

function outgoingText(estimate: NodeEstimate, ownChars: number, upstream: number): number {
  if (estimate.category === 'llm' || estimate.category === 'hosted-llm') {
    const tokens = estimate.details.outputTokens;
    return typeof tokens === 'number' && Number.isFinite(tokens) && tokens > 0 ? tokens * CHARS_PER_TOKEN : 0;
  }
  return ownChars + upstream;
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
