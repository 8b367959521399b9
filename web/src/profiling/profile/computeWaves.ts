/** Parallel waves: nodes grouped by level (longest hop count from a source). */
import type { NormalizedNode } from '../estimate/types';

/** Node ids by level; layout nodes are left out and empty levels dropped. */
export function computeWaves(
  nodes: readonly NormalizedNode[],
  layout: Uint8Array,
  levelOfNode: (v: number) => number,
): string[][] {
  const waves: string[][] = [];
  for (let v = 0; v < nodes.length; v++) {
    if (layout[v]) continue;
    const level = levelOfNode(v);
    while (waves.length <= level) waves.push([]);
    waves[level]!.push(nodes[v]!.id);
  }
  return waves.filter((wave) => wave.length > 0);
}
