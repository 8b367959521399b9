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
import { computeInSlotControl } from '../graph/controlSlots';
import { isLayoutType } from '../ingest/layoutTypes';
import {
  changesMedia,
  combineOutgoingMedia,
  mergeMedia,
  readOwnMedia,
  type UpstreamMedia,
} from './mediaFlow';
import type { NodeCategory } from '../types';
import type { HardwareSpec, ProfileIssue } from '../types';

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
  /** Media sizes reaching each node (the `upstreamMedia` it was estimated with), undefined for most nodes. */
  upstreamMedia: Array<UpstreamMedia | undefined>;
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
  // What each node outputs and what reached it. Media objects are shared read-only between nodes (copied
  // before any change), and interned: equal sizes get the same small id, the memo's key.
  const mediaOut = new Array<UpstreamMedia | undefined>(nodes.length);
  const mediaOutId = allocInt32(nodes.length);
  const upstreamMedia = new Array<UpstreamMedia | undefined>(nodes.length);
  const interned = new Map<string, number>();
  const internMedia = (m: UpstreamMedia): number => {
    const key = `${m.audioSeconds ?? ''}|${m.imageWidth ?? ''}|${m.imageHeight ?? ''}`;
    let id = interned.get(key);
    if (id === undefined) {
      id = interned.size + 1;
      interned.set(key, id);
    }
    return id;
  };
  let anyMedia = false;
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let upstream = 0;
    let media: UpstreamMedia | undefined;
    let mediaId = 0;
    let owned = false;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const u = adj[k]!;
      if (!done[u] || inEdge[k]) continue;
      upstream += textOut[u]!;
      if (!anyMedia) continue;
      const add = mediaOut[u];
      if (!add) continue;
      if (!media) {
        media = add;
        mediaId = mediaOutId[u]!;
      } else if (mediaOutId[u] !== mediaId && changesMedia(media, add)) {
        if (!owned) media = { ...media };
        owned = true;
        mergeMedia(media, add);
        mediaId = -1;
      }
    }
    if (media && mediaId === -1) mediaId = internMedia(media);
    if (upstream > TEXT_CHARS_CAP) upstream = TEXT_CHARS_CAP;
    const node = nodes[v]!;
    upstreamChars[v] = upstream;
    if (media) upstreamMedia[v] = media;
    let estimate: NodeEstimate;
    if (memo) {
      estimate = estimateWithMemo(memo, node, upstream, media, mediaId, env);
    } else {
      const ctx: EstimateContext = media
        ? {
            hardware: env.hardware,
            upstreamTextChars: upstream,
            assumptions: env.assumptions,
            upstreamMedia: media,
          }
        : { hardware: env.hardware, upstreamTextChars: upstream, assumptions: env.assumptions };
      estimate = estimateOne(node, ctx, env.table);
    }
    estimates[v] = estimate;
    // What the node passes on depends on its parameters and category: memo groups keep it.
    const group = memo ? lastGroup : undefined;
    const ownChars = group ? group.ownText : ownText(node.params);
    textOut[v] = Math.min(TEXT_CHARS_CAP, outgoingText(estimate, ownChars, upstream));
    const ownMedia = group
      ? readGroupMedia(group, node, estimate.category)
      : readOwnMedia(node, estimate.category);
    const out = combineOutgoingMedia(estimate.category, ownMedia, media);
    if (out) {
      anyMedia = true;
      mediaOut[v] = out;
      mediaOutId[v] = out === media ? mediaId : internMedia(out);
    }
    done[v] = 1;
  }
  return { estimates, upstreamChars, upstreamMedia };
}

/** Graphs at least this large memoise estimates of identical nodes (batch pipelines repeat nodes a lot). */
export const MEMO_MIN_NODES = 64;
/** Parameter sets remembered per node type (the oldest is replaced when full). */
const MEMO_GROUPS_PER_TYPE = 16;
/** Context variants remembered per parameter set (the memo of a group is cleared when full). */
const MEMO_VARIANTS_PER_GROUP = 4096;

/**
 * What an estimate depended on besides the node's type and parameters: which context fields the estimator
 * read. Estimates are shared between nodes whose read fields hold equal values.
 */
interface ReadShape {
  text: boolean;
  media: boolean;
  /** Estimates by the interned media id read (0 = none; 0 when not read), then by upstream text (0 when not read). */
  byContext: Map<number, Map<number, NodeEstimate>>;
}

/** The estimates of one parameter set of one type, by what they read of the context. */
interface MemoGroup {
  params: Record<string, unknown>;
  shapes: ReadShape[];
  variants: number;
  /** `ownText(params)`. */
  ownText: number;
  /** `readOwnMedia` for `mediaCategory` (one entry: a type's estimates nearly always share a category). */
  mediaCategory?: NodeCategory;
  media?: UpstreamMedia;
}

/** The group of the last node `estimateWithMemo` returned an estimate for (undefined when not memoised). */
let lastGroup: MemoGroup | undefined;

function readGroupMedia(
  group: MemoGroup,
  node: NormalizedNode,
  category: NodeCategory,
): UpstreamMedia | undefined {
  if (group.mediaCategory !== category) {
    group.mediaCategory = category;
    group.media = readOwnMedia(node, category);
  }
  return group.media;
}

interface MemoSlot {
  groups: MemoGroup[];
  next: number;
}

type Memo = Map<string, MemoSlot>;

/**
 * Memoised estimate: nodes with the same type and equal parameters (compared two levels deep) share one
 * estimate object (read-only) when the context fields their estimator read — `upstreamTextChars`,
 * `upstreamMedia` (compared through its interned id: equal sizes, equal id) — hold equal values. The context
 * records, through getters, which of those fields an estimator reads; an estimator is a deterministic function
 * of the node's type, parameters and the fields it reads, so two nodes that agree on all of them get the same
 * estimate. Estimates with warnings are shared as copies whose warnings name the node (`relabelWarnings`)
 * when their messages allow it, else not at all.
 */
function estimateWithMemo(
  memo: Memo,
  node: NormalizedNode,
  upstream: number,
  media: UpstreamMedia | undefined,
  mediaId: number,
  env: EstimateEnvironment,
): NodeEstimate {
  const slot = memo.get(node.type);
  let group: MemoGroup | undefined;
  if (slot) {
    const groups = slot.groups;
    for (let i = 0; i < groups.length; i++) {
      if (sameParams(groups[i]!.params, node.params)) {
        group = groups[i]!;
        break;
      }
    }
  }
  if (group) {
    const shapes = group.shapes;
    for (let i = 0; i < shapes.length; i++) {
      const shape = shapes[i]!;
      const hit = shape.byContext.get(shape.media ? mediaId : 0)?.get(shape.text ? upstream : 0);
      if (hit) {
        lastGroup = group;
        return hit.warnings ? relabelWarnings(hit, node.id) : hit;
      }
    }
  }
  return estimateAndRemember(memo, slot, group, node, upstream, media, mediaId, env);
}

/** A memo miss: estimate the node, recording which context fields the estimator reads, and remember it. */
function estimateAndRemember(
  memo: Memo,
  slot: MemoSlot | undefined,
  group: MemoGroup | undefined,
  node: NormalizedNode,
  upstream: number,
  media: UpstreamMedia | undefined,
  mediaId: number,
  env: EstimateEnvironment,
): NodeEstimate {
  let readText = false;
  let readMedia = false;
  const ctx: EstimateContext = {
    hardware: env.hardware,
    get upstreamTextChars() {
      readText = true;
      return upstream;
    },
    assumptions: env.assumptions,
    get upstreamMedia() {
      readMedia = true;
      return media;
    },
  };
  const estimate = estimateOne(node, ctx, env.table);
  lastGroup = undefined;
  if (estimate.warnings && !canRelabel(estimate.warnings, node.id)) return estimate;
  if (!slot) {
    slot = { groups: [], next: 0 };
    memo.set(node.type, slot);
  }
  if (!group) {
    group = { params: node.params, shapes: [], variants: 0, ownText: ownText(node.params) };
    if (slot.groups.length < MEMO_GROUPS_PER_TYPE) slot.groups.push(group);
    else slot.groups[slot.next++ % MEMO_GROUPS_PER_TYPE] = group;
  }
  if (group.variants >= MEMO_VARIANTS_PER_GROUP) {
    group.shapes = [];
    group.variants = 0;
  }
  let shape = group.shapes.find((s) => s.text === readText && s.media === readMedia);
  if (!shape) {
    shape = { text: readText, media: readMedia, byContext: new Map() };
    group.shapes.push(shape);
  }
  const mediaKey = readMedia ? mediaId : 0;
  let byText = shape.byContext.get(mediaKey);
  if (!byText) {
    byText = new Map();
    shape.byContext.set(mediaKey, byText);
  }
  byText.set(readText ? upstream : 0, estimate);
  group.variants++;
  lastGroup = group;
  return estimate;
}

/** How estimators start every warning message about a node. */
const warningPrefix = (id: string) => `Node "${id}"`;

/**
 * Warnings that name their node only through `nodeId` and a leading `Node "<id>"` (what every estimator
 * writes); the rest of each message comes from the parameters and the context, which memo hits share.
 */
function canRelabel(warnings: readonly ProfileIssue[], id: string): boolean {
  const prefix = warningPrefix(id);
  for (const w of warnings) {
    if (w.nodeId !== id || w.nodeIds !== undefined || w.edgeId !== undefined) return false;
    if (!w.message.startsWith(prefix)) return false;
  }
  return true;
}

/** A shared estimate whose warnings name another node: a copy with the warnings naming this one. */
function relabelWarnings(estimate: NodeEstimate, id: string): NodeEstimate {
  const warnings = estimate.warnings!;
  if (warnings.length === 0 || warnings[0]!.nodeId === id) return estimate;
  const from = warningPrefix(warnings[0]!.nodeId!).length;
  const prefix = warningPrefix(id);
  return {
    ...estimate,
    warnings: warnings.map((w) => ({ ...w, nodeId: id, message: prefix + w.message.slice(from) })),
  };
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
