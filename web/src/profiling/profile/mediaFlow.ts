/**
 * Media sizes that flow along data edges, so estimators can replace their assumptions (`audioSeconds`,
 * `imageWidth`, `imageHeight`) with what the graph says: an audio or image constant whose value carries its
 * `duration` or `width`/`height`, and image operations or generators whose `width`/`height` parameters set the
 * size of the image they output. Nodes that transform media pass the size they receive on; others (LLMs, …)
 * do not.
 */
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../estimate/types';
import { assignOwn } from '../ingest/readFields';
import type { NodeCategory } from '../types';

export type UpstreamMedia = NonNullable<EstimateContext['upstreamMedia']>;

/** Categories whose output carries the media size they received. */
const PASS_THROUGH = new Set<NodeCategory>([
  'image-op',
  'audio-op',
  'video-op',
  'input',
  'output',
  'layout',
  'control',
  'io',
]);
/** Categories whose width/height parameters are the size of the image they output. */
const SETS_IMAGE_SIZE = new Set<NodeCategory>(['image-op', 'image-diffusion']);

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Sizes a node states itself (its constant value, or its output size parameters). */
export function readOwnMedia(
  params: Record<string, unknown>,
  category: NodeCategory,
): UpstreamMedia | undefined {
  const value = params.value;
  const media: UpstreamMedia = {};
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.type === 'audio') {
      const seconds = positive(v.duration);
      if (seconds !== undefined) media.audioSeconds = seconds;
    }
    if (v.type === 'image') {
      const w = positive(v.width);
      const h = positive(v.height);
      if (w !== undefined && h !== undefined) {
        media.imageWidth = w;
        media.imageHeight = h;
      }
    }
  }
  if (SETS_IMAGE_SIZE.has(category)) {
    const w = positive(params.width);
    const h = positive(params.height);
    if (w !== undefined && h !== undefined) {
      media.imageWidth = w;
      media.imageHeight = h;
    }
  }
  return media.audioSeconds !== undefined || media.imageWidth !== undefined ? media : undefined;
}

/** True when merging `add` into `into` would change it (`mergeMedia`'s rules). */
export function changesMedia(into: UpstreamMedia, add: UpstreamMedia): boolean {
  if (
    add.audioSeconds !== undefined &&
    (into.audioSeconds === undefined || add.audioSeconds > into.audioSeconds)
  )
    return true;
  return (
    add.imageWidth !== undefined &&
    add.imageHeight !== undefined &&
    add.imageWidth * add.imageHeight > (into.imageWidth ?? 0) * (into.imageHeight ?? 0)
  );
}

/** Merge what reaches a node: the longest audio, the largest image. */
export function mergeMedia(
  into: UpstreamMedia | undefined,
  add: UpstreamMedia | undefined,
): UpstreamMedia | undefined {
  if (!add) return into;
  if (!into) return assignOwn({}, add);
  if (
    add.audioSeconds !== undefined &&
    (into.audioSeconds === undefined || add.audioSeconds > into.audioSeconds)
  ) {
    into.audioSeconds = add.audioSeconds;
  }
  if (add.imageWidth !== undefined && add.imageHeight !== undefined) {
    const area = (into.imageWidth ?? 0) * (into.imageHeight ?? 0);
    if (add.imageWidth * add.imageHeight > area) {
      into.imageWidth = add.imageWidth;
      into.imageHeight = add.imageHeight;
    }
  }
  return into;
}

/** What a node passes downstream. */
export function outgoingMedia(
  node: NormalizedNode,
  estimate: NodeEstimate,
  incoming: UpstreamMedia | undefined,
): UpstreamMedia | undefined {
  return combineOutgoingMedia(estimate.category, readOwnMedia(node.params, estimate.category), incoming);
}

/** What a node of `category` passes downstream given its own sizes (`readOwnMedia`) and what it received. */
export function combineOutgoingMedia(
  category: NodeCategory,
  own: UpstreamMedia | undefined,
  incoming: UpstreamMedia | undefined,
): UpstreamMedia | undefined {
  const passes = PASS_THROUGH.has(category);
  // A node's own sizes override what it received (an image Fit to 512×512 outputs 512×512).
  if (own) return passes && incoming ? assignOwn(assignOwn({}, incoming), own) : own;
  return passes ? incoming : undefined;
}

/** A small id for media sizes within one run: equal sizes, equal id (ids start at 1). */
export function internMedia(interned: Map<string, number>, m: UpstreamMedia): number {
  const key = `${m.audioSeconds ?? ''}|${m.imageWidth ?? ''}|${m.imageHeight ?? ''}`;
  let id = interned.get(key);
  if (id === undefined) {
    id = interned.size + 1;
    interned.set(key, id);
  }
  return id;
}
