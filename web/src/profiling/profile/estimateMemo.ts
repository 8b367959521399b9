/**
 * The estimate memo: nodes of the same type with equal parameters share one estimate when the context fields
 * their estimator read hold equal values. Batch graphs repeat a few node configurations thousands of times.
 *
 * Two phases, for the memory system's sake: ingest gives each node its (type, parameters) class while it
 * reads the node (ingest/paramsClasses.ts); the estimation pass, which runs in topological order, then looks
 * up estimates by class and context without touching the node objects at all on a hit.
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
  /** Group index of each node (its parameter class), -1 for nodes estimated without the memo. */
  groupOf: ArrayLike<number>;
  groups: MemoGroup[];
}

/**
 * One memo group per parameter class of the ingest (ingest/paramsClasses.ts): nodes of the same type with
 * equal parameters, compared key by key while ingest read them.
 */
export function groupNodes(nodes: IngestedNodes): NodeGroups {
  const { classParams } = nodes;
  const groups = new Array<MemoGroup>(classParams.length);
  for (let c = 0; c < classParams.length; c++)
    groups[c] = { params: classParams[c]!, shapes: [], variants: 0, ownText: -1 };
  return { groups, groupOf: nodes.paramsClass };
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
