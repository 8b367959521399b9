/** Parallel waves: nodes grouped by level (longest hop count from a source). */
import type { NodeEstimate, NormalizedNode } from '../estimate/types';

/** Node ids by level; layout nodes are left out and empty levels dropped. */
export function computeWaves(
  nodes: readonly NormalizedNode[],
  estimates: readonly NodeEstimate[],
  levelOfNode: (v: number) => number,
): string[][] {
  const waves: string[][] = [];
  for (let v = 0; v < nodes.length; v++) {
    if (estimates[v]!.layoutOnly) continue;
    const level = levelOfNode(v);
    while (waves.length <= level) waves.push([]);
    waves[level]!.push(nodes[v]!.id);
  }
  return waves.filter((wave) => wave.length > 0);
}
