/**
 * The estimate memo: nodes of the same type with equal parameters share one estimate when the context fields
 * their estimator read hold equal values. Batch graphs repeat a few node configurations thousands of times.
 *
 * Two phases, for the memory system's sake: `groupNodes` walks the nodes once in input order (the order the
 * input objects sit in the heap) and gives each node the index of its (type, parameters) group; the
 * estimation pass, which runs in topological order, then looks up estimates by group index and context
 * without touching the node objects at all on a hit.
 */
import type { EstimateContext, NodeEstimate } from '../estimate/types';
import type { IngestedNodes } from '../ingest/types';
import type { HardwareSpec, NodeCategory, ProfileIssue } from '../types';
import { KeptPool, type Reusable } from '../graph/keptObjects';
import { combineOutgoingMedia, internMedia, readOwnMedia, type UpstreamMedia } from './mediaFlow';

/** What a cleared `RecordingContext` holds (never read: a context is reset with real values before use). */
const NO_HARDWARE = {} as HardwareSpec;
const NO_ASSUMPTIONS: Record<string, number> = {};

/** Graphs at least this large memoise estimates of identical nodes (batch pipelines repeat nodes a lot). */
export const MEMO_MIN_NODES = 64;
/**
 * Parameter sets grouped per node type; nodes of further sets are estimated without the memo. Assumption:
 * 256 covers a type whose nodes differ only in a few dynamic properties (an editor's FormatText nodes with one
 * to three of eight input names make 92 sets) while bounding the memo's memory when every node differs.
 */
export const MEMO_GROUPS_PER_TYPE = 256;
/** Context variants remembered per parameter set (the group's variants are cleared when full). */
const MEMO_VARIANTS_PER_GROUP = 4096;

/**
 * What an estimate depended on besides the node's type and parameters: which context fields the estimator
 * read. Estimates are shared between nodes whose read fields hold equal values.
 */
interface ReadShape {
  text: boolean;
  media: boolean;
  /** The estimate when neither field was read (one per shape): no lookup at all. */
  only: NodeEstimate | undefined;
  /** Estimates by the interned media id read (0 when not read), then by upstream text (0 when not read). */
  byContext: Map<number, Map<number, NodeEstimate>>;
}

/** The estimates of one parameter set of one type, by what they read of the context. */
export interface MemoGroup {
  /** The parameters of the group's first node (equal to every member's). */
  params: Record<string, unknown>;
  /** The parameters' fingerprint: a node whose fingerprint differs is not compared with the group. */
  fingerprint: number;
  shapes: ReadShape[];
  variants: number;
  /** Characters of constant text in the parameters (`ownText`), filled by the caller. */
  ownText: number;
  /** `readOwnMedia` for `mediaCategory` (one entry: a type's estimates nearly always share a category). */
  mediaCategory?: NodeCategory;
  media?: UpstreamMedia;
  /** What members of `mediaCategory` pass downstream, by the interned id of the media reaching them (0: none). */
  outgoing?: Map<number, OutgoingMedia>;
}

/** Media a node passes downstream and its interned id (0 when it passes none). */
export interface OutgoingMedia {
  media: UpstreamMedia | undefined;
  id: number;
}

export interface NodeGroups {
  /** Group index of each node, -1 for nodes estimated without the memo. */
  groupOf: Int32Array;
  groups: MemoGroup[];
}

/** The groups of one node type: their indices and, side by side, their parameters' fingerprints. */
interface TypeGroups {
  groups: number[];
  fingerprints: number[];
}

/**
 * Group the nodes by (type, parameters compared two levels deep), in input order. Types are compared by
 * identity first: ingest gives every node of a type the same string. A node is compared key by key only with
 * the groups of its type whose fingerprint (ingest/paramsFingerprint.ts) equals its own, so a type with
 * hundreds of parameter sets (dynamic properties) costs about one comparison per node.
 */
export function groupNodes(nodes: IngestedNodes, groupOf: Int32Array): NodeGroups {
  const groups: MemoGroup[] = [];
  const byType = new Map<string, TypeGroups>();
  const { types, params, paramsFingerprints } = nodes;
  let lastType = '';
  let last: TypeGroups | undefined;
  for (let v = 0; v < nodes.nodeCount; v++) {
    const type = types[v]!;
    const own = params[v]!;
    const fingerprint = paramsFingerprints[v]!;
    let of: TypeGroups | undefined;
    if (type === lastType && last) of = last;
    else {
      of = byType.get(type);
      if (!of) {
        of = { groups: [], fingerprints: [] };
        byType.set(type, of);
      }
      lastType = type;
      last = of;
    }
    const { fingerprints } = of;
    let g = -1;
    for (let i = 0; i < fingerprints.length; i++) {
      // Equal parameters have equal fingerprints: only those are compared key by key.
      if (fingerprints[i] === fingerprint && sameParams(groups[of.groups[i]!]!.params, own)) {
        g = of.groups[i]!;
        break;
      }
    }
    if (g < 0 && fingerprints.length < MEMO_GROUPS_PER_TYPE) {
      g = groups.length;
      groups.push({ params: own, fingerprint, shapes: [], variants: 0, ownText: -1 });
      of.groups.push(g);
      fingerprints.push(fingerprint);
    }
    groupOf[v] = g;
  }
  return { groups, groupOf };
}

/** The group's own media for `category` (its parameters', computed once per group and category). */
export function readGroupMedia(group: MemoGroup, category: NodeCategory): UpstreamMedia | undefined {
  if (group.mediaCategory !== category) {
    group.mediaCategory = category;
    group.media = readOwnMedia(group.params, category);
    group.outgoing = undefined;
  }
  return group.media;
}

/**
 * What a member of the group (estimated as `category`) passes downstream when `incoming` (interned id
 * `incomingId`, 0 for none) reaches it: `combineOutgoingMedia` of the group's own media, computed once per
 * group, category and incoming id. The media object is shared read-only, like every media object of a run.
 */
export function groupOutgoingMedia(
  group: MemoGroup,
  category: NodeCategory,
  incoming: UpstreamMedia | undefined,
  incomingId: number,
  interned: Map<string, number>,
): OutgoingMedia {
  const own = readGroupMedia(group, category);
  let cache = group.outgoing;
  if (!cache) {
    cache = new Map();
    group.outgoing = cache;
  }
  let out = cache.get(incomingId);
  if (!out) {
    const media = combineOutgoingMedia(category, own, incoming);
    const id = !media ? 0 : media === incoming ? incomingId : internMedia(interned, media);
    out = { media, id };
    cache.set(incomingId, out);
  }
  return out;
}

/**
 * A remembered estimate of the group for this context, or undefined. `mediaId` is the media's interned id.
 * The estimate is shared as it is: its warnings may name the node it was computed for (`warningsFor` gives
 * them for another node).
 */
export function findEstimate(group: MemoGroup, upstream: number, mediaId: number): NodeEstimate | undefined {
  const shapes = group.shapes;
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    const hit = shape.only ?? shape.byContext.get(shape.media ? mediaId : 0)?.get(shape.text ? upstream : 0);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The context of a memo miss: records, through its getters, whether the estimator read `upstreamTextChars`
 * and `upstreamMedia`. A class (getters on the prototype) rather than an object literal with getters, which
 * V8 builds slowly.
 */
export class RecordingContext implements EstimateContext, Reusable {
  readText = false;
  readMedia = false;
  hardware: HardwareSpec = NO_HARDWARE;
  assumptions: Record<string, number> = NO_ASSUMPTIONS;
  private text = 0;
  private media: UpstreamMedia | undefined = undefined;

  constructor(
    hardware: HardwareSpec,
    assumptions: Record<string, number>,
    text: number,
    media: UpstreamMedia | undefined,
  ) {
    this.reset(hardware, assumptions, text, media);
  }

  /** A fresh recording for another node (every field written). */
  reset(
    hardware: HardwareSpec,
    assumptions: Record<string, number>,
    text: number,
    media: UpstreamMedia | undefined,
  ): this {
    this.readText = false;
    this.readMedia = false;
    this.hardware = hardware;
    this.assumptions = assumptions;
    this.text = text;
    this.media = media;
    return this;
  }

  /** Drop the run's data (what a kept context holds between runs). */
  clear(): void {
    this.reset(NO_HARDWARE, NO_ASSUMPTIONS, 0, undefined);
  }

  get upstreamTextChars(): number {
    this.readText = true;
    return this.text;
  }

  get upstreamMedia(): UpstreamMedia | undefined {
    this.readMedia = true;
    return this.media;
  }
}

const keptContexts = new KeptPool(() => new RecordingContext(NO_HARDWARE, NO_ASSUMPTIONS, 0, undefined), 64);

/** A `RecordingContext` for one memo miss: inside a profiling run, one kept from earlier runs (reset). */
export function recordingContext(
  hardware: HardwareSpec,
  assumptions: Record<string, number>,
  text: number,
  media: UpstreamMedia | undefined,
): RecordingContext {
  return keptContexts.take().reset(hardware, assumptions, text, media);
}

/**
 * Remember the estimate a `RecordingContext` produced for a node of the group. Estimates whose warnings
 * cannot be relabelled for another node are not shared. An estimator is a deterministic function of the
 * node's type, parameters and the context fields it reads, so nodes agreeing on all of them get equal
 * estimates.
 */
export function rememberEstimate(
  group: MemoGroup,
  ctx: RecordingContext,
  id: string,
  upstream: number,
  mediaId: number,
  estimate: NodeEstimate,
): void {
  if (estimate.warnings && !canRelabel(estimate.warnings, id)) return;
  if (group.variants >= MEMO_VARIANTS_PER_GROUP) {
    group.shapes = [];
    group.variants = 0;
  }
  const { readText, readMedia } = ctx;
  let shape = group.shapes.find((s) => s.text === readText && s.media === readMedia);
  if (!shape) {
    shape = { text: readText, media: readMedia, only: undefined, byContext: new Map() };
    group.shapes.push(shape);
  }
  group.variants++;
  if (!readText && !readMedia) {
    shape.only = estimate;
    return;
  }
  const mediaKey = readMedia ? mediaId : 0;
  let byText = shape.byContext.get(mediaKey);
  if (!byText) {
    byText = new Map();
    shape.byContext.set(mediaKey, byText);
  }
  byText.set(readText ? upstream : 0, estimate);
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

/**
 * The warnings of node `id`'s estimate. A shared estimate's warnings name the node it was computed for
 * (only through `nodeId` and the leading `Node "<id>"`, see `canRelabel`): they are rewritten for `id`.
 */
export function warningsFor(estimate: NodeEstimate, id: string): readonly ProfileIssue[] {
  const warnings = estimate.warnings;
  if (!warnings || warnings.length === 0 || warnings[0]!.nodeId === id) return warnings ?? [];
  const from = warningPrefix(warnings[0]!.nodeId!).length;
  const prefix = warningPrefix(id);
  return warnings.map((w) => ({ ...w, nodeId: id, message: prefix + w.message.slice(from) }));
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
