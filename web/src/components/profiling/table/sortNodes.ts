/**
 * Sorting and filtering of the node table. Pure functions; the table sorts a copy, never the profile.
 */
import { labelNode } from '../nodeLabel';
import type { Confidence, NodeProfile } from '../../../profiling/types';

export type NodeSortKey =
  | 'title'
  | 'complexity'
  | 'runtimeMs'
  | 'memoryMb'
  | 'vramMb'
  | 'fanIn'
  | 'fanOut'
  | 'slackMs'
  | 'parallelizable'
  | 'confidence';

export type SortDirection = 'asc' | 'desc';

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

function sortValue(node: NodeProfile, key: Exclude<NodeSortKey, 'title'>): number {
  switch (key) {
    case 'parallelizable':
      return node.parallelizable ? 1 : 0;
    case 'confidence':
      return CONFIDENCE_RANK[node.confidence];
    default:
      return node[key];
  }
}

/**
 * Returns a sorted copy of the nodes. Ties keep a stable order by node id so paging is deterministic.
 */
export function sortNodes(
  nodes: readonly NodeProfile[],
  key: NodeSortKey,
  direction: SortDirection,
): NodeProfile[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare =
    key === 'title'
      ? (a: NodeProfile, b: NodeProfile) => labelNode(a).localeCompare(labelNode(b))
      : (a: NodeProfile, b: NodeProfile) => sortValue(a, key) - sortValue(b, key);
  return [...nodes].sort((a, b) => sign * compare(a, b) || a.id.localeCompare(b.id));
}

/** Keeps nodes whose title, type or id contains the query (case-insensitive). */
export function filterNodes(nodes: readonly NodeProfile[], query: string): NodeProfile[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...nodes];
  return nodes.filter(
    (node) =>
      node.title.toLowerCase().includes(needle) ||
      labelNode(node).toLowerCase().includes(needle) ||
      node.type.toLowerCase().includes(needle) ||
      node.id.toLowerCase().includes(needle),
  );
}

/** Direction a column starts with when first clicked: numbers largest first, names A→Z. */
export function defaultDirection(key: NodeSortKey): SortDirection {
  return key === 'title' ? 'asc' : 'desc';
}
